interface Delivery {
  times: (number | null)[];
  slowest: number;
  path: number[];
}

export function networkDelay(
  n: number,
  links: [number, number, number][],
  source: number,
): Delivery {
  // Return { times: [...], slowest: node, path: [...] }.
  return { times: [], slowest: source, path: [] };
}
