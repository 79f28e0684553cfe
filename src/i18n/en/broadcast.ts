import type { broadcast as zh } from '../zh/broadcast.js';

/** English texts of the broadcast feature; same keys as the Chinese module. */
export const broadcast: { readonly [K in keyof typeof zh]: string | ((...args: never[]) => string) } = {};
