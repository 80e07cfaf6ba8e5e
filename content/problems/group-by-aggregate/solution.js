/** Folds values with a binary function; null until the first value arrives. */
function fold(combine) {
  let acc = null;
  return {
    add: (value) => {
      acc = acc === null ? value : combine(acc, value);
    },
    result: () => acc,
  };
}

// A new aggregation is one more entry here; the grouping loop never changes.
const AGGREGATORS = {
  count: () => {
    let n = 0;
    return {
      add: () => {
        n++;
      },
      result: () => n,
    };
  },
  sum: () => fold((a, b) => a + b),
  min: () => fold(Math.min),
  max: () => fold(Math.max),
  avg: () => {
    // A running sum and count: constant memory per group.
    let total = 0;
    let n = 0;
    return {
      add: (value) => {
        total += value;
        n++;
      },
      result: () => (n === 0 ? null : total / n),
    };
  },
};

export function groupBy(records, keys, aggregations) {
  // Map preserves insertion order, so groups come out in first-appearance order.
  const groups = new Map();
  for (const record of records) {
    const keyValues = keys.map((k) => record[k] ?? null);
    // JSON keeps types apart: 1, "1" and true encode differently.
    const groupKey = JSON.stringify(keyValues);
    let group = groups.get(groupKey);
    if (group === undefined) {
      group = {
        keyRow: Object.fromEntries(keys.map((k, i) => [k, keyValues[i]])),
        accumulators: aggregations.map((spec) => AGGREGATORS[spec.op]()),
      };
      groups.set(groupKey, group);
    }
    aggregations.forEach((spec, i) => {
      if (spec.field === undefined) {
        group.accumulators[i].add(1); // count of records
      } else if (record[spec.field] != null) {
        group.accumulators[i].add(record[spec.field]);
      }
    });
  }

  return [...groups.values()].map(({ keyRow, accumulators }) => {
    const row = { ...keyRow };
    aggregations.forEach((spec, i) => {
      row[spec.name] = accumulators[i].result();
    });
    return row;
  });
}
