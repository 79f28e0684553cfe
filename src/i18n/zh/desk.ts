/** Chinese texts of the desk feature (filled in by that feature). Keys must match ../en/desk.ts. */
export const desk = {} as const;
