/**
 * Light English stemming: enough to make "permits"/"permit", "licences"/"licence", "applying"/"apply"
 * meet, without a full Porter stemmer's surprises on proper names. Applied identically to indexed text
 * and to queries, so only consistency matters, not linguistic correctness.
 */
export function stemEnglish(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4) return undouble(word.slice(0, -2));
  if (word.endsWith('es') && /(?:ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

function undouble(stem: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(stem) && !/(?:ll|ss|zz)$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** Words that carry no subject in an investor's question. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if of to in on at by for from with about into as is are was were be been being ' +
    'do does did done doing have has had i me my we our us you your he she it its they them their this that ' +
    'these those there here what which who whom whose how when why can could would should shall will may ' +
    'might must please tell know want wanted like get got any some all just also very much many so then ' +
    'than too only need needs needed pls plz im iam i\'m let lets one ' +
    // the halves of contractions once punctuation is gone: isn't → isn t, that's → that s
    's t re ve ll d m isn aren wasn weren don doesn didn won wouldn couldn shouldn can cannot'
  ).split(' '),
);

/**
 * Articles and possessives: a question may drop or change them without changing what it names
 * ("open company", "register our company" for "open a company", "register a company").
 */
export const DROPPABLE_WORDS: ReadonlySet<string> = new Set('a an the my our your his her its their'.split(' '));
