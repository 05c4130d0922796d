// The inputs that must never reach the database or answer a 500: NUL, C0 and C1 controls,
// lone surrogates, each bidi embedding, override and isolate, and percent-escapes that are
// not UTF-8. Each hostile value carries a marker, so a test can look for anything stored.
export const marker = `hostileprobe${Date.now().toString(36)}`;

export const characters: [label: string, char: string][] = [
  ["NUL", "\u0000"], ["SOH", "\u0001"], ["ESC", "\u001b"], ["vertical tab", "\u000b"], ["DEL", "\u007f"],
  ["C1 NEL", "\u0085"], ["C1 CSI", "\u009b"],
  ["lone high surrogate", "\ud800"], ["lone low surrogate", "\udc00"],
  ...[0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069].map((cp): [string, string] => [`bidi U+${cp.toString(16).toUpperCase()}`, String.fromCharCode(cp)]),
];

export const isSurrogate = (char: string) => /^[\ud800-\udfff]$/.test(char);

/** A value holding `char` between letters, after the marker. */
export const hostile = (char: string) => `${marker} a${char}b`;

// Forms and URLs travel as UTF-8, which cannot carry a lone surrogate (browsers send U+FFFD):
// surrogates reach the server only inside JSON (\ud800), or as the malformed escapes below.
export const textCharacters = characters.filter(([, char]) => !isSurrogate(char));

export const malformedEscapes = ["%E0%A4%A", "%FF", "%C0%AF", "%ED%A0%80" /* a surrogate in CESU-8 */];
