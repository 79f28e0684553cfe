/** `text` as a regular expression matching it literally (its special characters escaped). Pure. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
