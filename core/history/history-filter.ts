/** The creator filter of the history and its exports: a gift (or its reversal) to that creator. */
export function byCreator(creator: string | undefined): (entry: { memo: { creator?: string } }) => boolean {
  return creator === undefined ? () => true : (entry) => entry.memo.creator === creator;
}
