/** Chinese texts of the deadline feature (filled in by that feature). Keys must match ../en/deadline.ts. */
export const deadline = {} as const;
