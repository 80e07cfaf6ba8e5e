import { basisPointsOf, toCents } from "./money.js";

/** Coupons apply to orders of 20.00 or more, before tax. */
export const COUPON_MINIMUM_CENTS = 2000;

/**
 * What a coupon takes off the subtotal, in cents: `{ percent: 10 }` takes 10 % (rounded to the
 * cent), `{ amount: "5.00" }` takes a fixed sum but never more than the subtotal. No coupon, or
 * an order under the minimum, takes nothing.
 */
export function discountFor(coupon, subtotalCents) {
  if (coupon === undefined || coupon === null) return 0;
  if (subtotalCents < COUPON_MINIMUM_CENTS) return 0;
  if (coupon.percent !== undefined) {
    if (coupon.percent < 0 || coupon.percent > 100) {
      throw new RangeError(`a coupon's percent is 0 to 100, not ${String(coupon.percent)}`);
    }
    return basisPointsOf(subtotalCents, coupon.percent * 100);
  }
  return Math.min(toCents(coupon.amount), subtotalCents);
}
