/** Chinese texts of the broadcast feature (filled in by that feature). Keys must match ../en/broadcast.ts. */
export const broadcast = {} as const;
