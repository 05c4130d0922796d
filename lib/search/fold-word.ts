// ASCII has no accents to take off, and most words are ASCII: snippets fold every word of a page.
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case without accents: how words are compared for synonyms, function words and typo correction. */
export const foldWord = (word: string) => (NON_ASCII.test(word) ? word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase() : word.toLowerCase());
