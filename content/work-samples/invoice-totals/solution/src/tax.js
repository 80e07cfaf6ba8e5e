// Sales tax by region, in basis points: 725 is 7.25 %.
const RATES = {
  CA: 725,
  NY: 400,
  OR: 0,
  TX: 625,
};

// Categories no region taxes.
const EXEMPT_CATEGORIES = ["books", "groceries"];

/** The region's tax rate in basis points; an unknown region is a mistake in the order. */
export function taxRate(region) {
  if (!Object.hasOwn(RATES, region)) throw new RangeError(`unknown region: ${region}`);
  return RATES[region];
}

/** Whether an item is taxed at all. */
export function isTaxable(item) {
  // `in` would test the array's indexes ("0", "1"), not its values.
  return !EXEMPT_CATEGORIES.includes(item.category);
}
