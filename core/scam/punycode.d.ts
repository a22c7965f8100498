// punycode ships no types; this declares the one function the classifier uses.
declare module 'punycode/punycode.es6.js' {
  export function toUnicode(domain: string): string;
}
