// unicode-confusables ships its declarations under a misspelled file name (index.ts.d), so TypeScript misses them.
declare module 'unicode-confusables' {
  export function rectifyConfusion(input: string): string;
  export function isConfusing(input: string): boolean;
}
