type Scalar = string | number | boolean | null;
type Row = { [field: string]: Scalar };
type AggregateOp = "count" | "sum" | "avg" | "min" | "max";

interface AggregationSpec {
  name: string;
  op: AggregateOp;
  field?: string;
}

/** Consumes one group's non-null values, one at a time. */
interface Accumulator {
  add(value: number): void;
  result(): number | null;
}

/** Folds values with a binary function; null until the first value arrives. */
function fold(combine: (a: number, b: number) => number): Accumulator {
  let acc: number | null = null;
  return {
    add: (value) => {
      acc = acc === null ? value : combine(acc, value);
    },
    result: () => acc,
  };
}

// A new aggregation is one more entry here; the grouping loop never changes.
const AGGREGATORS: Record<AggregateOp, () => Accumulator> = {
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

interface Group {
  keyRow: Row;
  accumulators: Accumulator[];
}

export function groupBy(records: Row[], keys: string[], aggregations: AggregationSpec[]): Row[] {
  // Map preserves insertion order, so groups come out in first-appearance order.
  const groups = new Map<string, Group>();
  for (const record of records) {
    const keyValues = keys.map((k) => record[k] ?? null);
    // JSON keeps types apart: 1, "1" and true encode differently.
    const groupKey = JSON.stringify(keyValues);
    let group = groups.get(groupKey);
    if (group === undefined) {
      group = {
        keyRow: Object.fromEntries(keys.map((k, i) => [k, keyValues[i] ?? null])),
        accumulators: aggregations.map((spec) => AGGREGATORS[spec.op]()),
      };
      groups.set(groupKey, group);
    }
    aggregations.forEach((spec, i) => {
      const accumulator = group.accumulators[i] as Accumulator;
      if (spec.field === undefined) {
        accumulator.add(1); // count of records
      } else {
        const value = record[spec.field];
        if (typeof value === "number") accumulator.add(value);
      }
    });
  }

  return [...groups.values()].map(({ keyRow, accumulators }) => {
    const row: Row = { ...keyRow };
    aggregations.forEach((spec, i) => {
      row[spec.name] = (accumulators[i] as Accumulator).result();
    });
    return row;
  });
}
