import { discountFor } from "./discounts.js";
import { basisPointsOf, formatCents, toCents } from "./money.js";
import { isTaxable, taxRate } from "./tax.js";

/**
 * Prices an order. Each item is `{ sku, price, quantity, category }` (price as "19.99");
 * `region` picks the tax rate; `coupon` is optional. The discount comes off before tax, and the
 * taxable part of the order carries its share of it. Every amount comes back as a string with
 * two decimals.
 */
export function calculateInvoice(order) {
  const rate = taxRate(order.region);
  const lines = order.items.map((item) => {
    if (!Number.isInteger(item.quantity) || item.quantity < 1) {
      throw new RangeError(`quantity of ${item.sku} must be a whole number of 1 or more`);
    }
    return { cents: toCents(item.price) * item.quantity, taxable: isTaxable(item) };
  });
  const subtotal = sum(lines.map((line) => line.cents));
  const discount = discountFor(order.coupon, subtotal);
  const taxableSubtotal = sum(lines.filter((line) => line.taxable).map((line) => line.cents));
  // The discount is spread over the order in proportion, so only the taxable share reduces tax.
  const taxableDiscount = subtotal === 0 ? 0 : Math.round((discount * taxableSubtotal) / subtotal);
  const tax = basisPointsOf(taxableSubtotal - taxableDiscount, rate);
  return {
    subtotal: formatCents(subtotal),
    discount: formatCents(discount),
    tax: formatCents(tax),
    total: formatCents(subtotal - discount + tax),
  };
}

function sum(values) {
  return values.reduce((total, value) => total + value, 0);
}
