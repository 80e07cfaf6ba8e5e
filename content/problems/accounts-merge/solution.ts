/** Union-find over 0..n-1 with path compression and union by size. */
class DisjointSets {
  private readonly parent: number[];
  private readonly size: number[];

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.size = new Array<number>(n).fill(1);
  }

  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    // Point the whole path straight at the root.
    while (x !== root) {
      const next = this.parent[x] as number;
      this.parent[x] = root;
      x = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return;
    if ((this.size[rootA] as number) < (this.size[rootB] as number)) {
      [rootA, rootB] = [rootB, rootA];
    }
    this.parent[rootB] = rootA;
    this.size[rootA] = (this.size[rootA] as number) + (this.size[rootB] as number);
  }
}

export function accountsMerge(accounts: string[][]): string[][] {
  const records = new DisjointSets(accounts.length);
  // Join each record with the first record that held the same address: linear in the number of
  // addresses, instead of comparing every pair of records.
  const firstOwner = new Map<string, number>();
  accounts.forEach(([, ...emails], i) => {
    for (const email of emails) {
      const owner = firstOwner.get(email);
      if (owner === undefined) firstOwner.set(email, i);
      else records.union(i, owner);
    }
  });

  const emailsByRoot = new Map<number, Set<string>>();
  accounts.forEach(([, ...emails], i) => {
    const root = records.find(i);
    const set = emailsByRoot.get(root) ?? new Set<string>();
    for (const email of emails) set.add(email);
    emailsByRoot.set(root, set);
  });

  // The default sort compares UTF-16 code units, which is plain ASCII order here.
  return [...emailsByRoot].map(([root, emails]) => [
    (accounts[root] as string[])[0] as string,
    ...[...emails].sort(),
  ]);
}
