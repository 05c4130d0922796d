/** Lower case without accents: how words are compared for synonyms, function words and typo correction. */
export const foldWord = (word: string) => word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
