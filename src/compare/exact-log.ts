/**
 * The natural logarithm computed with + − × ÷ only. `Math.log` is "implementation-approximated" in
 * ECMAScript, so engines may differ in the last bit; these four operations are exact IEEE 754 everywhere,
 * so term weights — and the rows built from them — are bit-identical on every machine.
 */
const LN2 = Math.LN2;

/** ln(x) for finite x > 0 (to within a few units in the last place; the same bits on every engine). */
export function exactLog(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new RangeError(`exactLog needs a finite positive number, not ${x}`);
  // x = m · 2^e with m in [√½, √2): halving and doubling are exact.
  let m = x;
  let e = 0;
  while (m >= Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  while (m < Math.SQRT1_2) {
    m *= 2;
    e -= 1;
  }
  // ln m = 2 atanh(z) with z = (m − 1)/(m + 1), |z| < 0.172: the series converges fast.
  const z = (m - 1) / (m + 1);
  const z2 = z * z;
  let term = z;
  let sum = 0;
  for (let k = 1; k < 60; k += 2) {
    const next = sum + term / k;
    if (next === sum) break;
    sum = next;
    term *= z2;
  }
  return 2 * sum + e * LN2;
}
