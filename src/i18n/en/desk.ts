import type { desk as zh } from '../zh/desk.js';

/** English texts of the desk feature; same keys as the Chinese module. */
export const desk: { readonly [K in keyof typeof zh]: string | ((...args: never[]) => string) } = {};
