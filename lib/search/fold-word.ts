// ASCII has no accents to take off, and most words are ASCII: snippets fold every word of a page.
const NON_ASCII = /[^\x00-\x7f]/;

/** Whether the text has a character past ASCII (the fast paths for ASCII text test this). */
export const hasNonAscii = (text: string) => NON_ASCII.test(text);

/** Whether an ASCII code is a letter or a digit (Unicode's L and N, within ASCII). */
export const isAsciiWordChar = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

/** Lower case without accents: how words are compared for synonyms, function words and typo correction. */
export const foldWord = (word: string) => (NON_ASCII.test(word) ? word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase() : word.toLowerCase());
