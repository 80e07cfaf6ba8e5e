type Scalar = string | number | boolean | null;
type Row = { [field: string]: Scalar };

interface AggregationSpec {
  name: string;
  op: "count" | "sum" | "avg" | "min" | "max";
  field?: string;
}

export function groupBy(records: Row[], keys: string[], aggregations: AggregationSpec[]): Row[] {
  // Return one row per distinct key combination, in first-appearance order.
  return [];
}
