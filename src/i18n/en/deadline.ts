import type { deadline as zh } from '../zh/deadline.js';

/** English texts of the deadline feature; same keys as the Chinese module. */
export const deadline: { readonly [K in keyof typeof zh]: string | ((...args: never[]) => string) } = {};
