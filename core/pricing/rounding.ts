/**
 * numerator / denominator rounded to the nearest integer, halves away from zero ("round half up" for
 * the non-negative amounts used here). BigInt keeps the product exact however large the price.
 */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): number {
  if (numerator < 0n || denominator <= 0n) throw new RangeError('divideRoundHalfUp takes a non-negative numerator and a positive denominator');
  const result = (numerator * 2n + denominator) / (denominator * 2n);
  if (result > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('amount is too large to represent exactly');
  return Number(result);
}
