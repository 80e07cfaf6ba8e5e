// Money is kept in whole cents from the moment it enters the calculator, so sums are exact.

/** Parses an amount such as "19.99" (or the number 19.99) into whole cents. */
export function toCents(amount) {
  const value = typeof amount === "number" ? amount : Number.parseFloat(amount);
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`not an amount: ${String(amount)}`);
  }
  // 19.99 * 100 is 1998.9999999999998 in floating point: round, never truncate.
  return Math.round(value * 100);
}

/** Formats cents as an amount with two decimals: 1999 → "19.99", -5 → "-0.05". */
export function formatCents(cents) {
  const sign = cents < 0 ? "-" : "";
  const whole = Math.abs(cents);
  return `${sign}${Math.floor(whole / 100)}.${String(whole % 100).padStart(2, "0")}`;
}

/** A share of an amount in basis points (1/100 of a percent), rounded half up to the cent. */
export function basisPointsOf(cents, basisPoints) {
  return Math.round((cents * basisPoints) / 10_000);
}
