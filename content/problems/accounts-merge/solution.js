/** Union-find over 0..n-1 with path compression and union by size. */
class DisjointSets {
  constructor(n) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.size = new Array(n).fill(1);
  }

  find(x) {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root];
    // Point the whole path straight at the root.
    while (x !== root) {
      const next = this.parent[x];
      this.parent[x] = root;
      x = next;
    }
    return root;
  }

  union(a, b) {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return;
    if (this.size[rootA] < this.size[rootB]) [rootA, rootB] = [rootB, rootA];
    this.parent[rootB] = rootA;
    this.size[rootA] += this.size[rootB];
  }
}

export function accountsMerge(accounts) {
  const records = new DisjointSets(accounts.length);
  // Join each record with the first record that held the same address: linear in the number of
  // addresses, instead of comparing every pair of records.
  const firstOwner = new Map();
  accounts.forEach(([, ...emails], i) => {
    for (const email of emails) {
      if (firstOwner.has(email)) records.union(i, firstOwner.get(email));
      else firstOwner.set(email, i);
    }
  });

  const emailsByRoot = new Map();
  accounts.forEach(([, ...emails], i) => {
    const root = records.find(i);
    if (!emailsByRoot.has(root)) emailsByRoot.set(root, new Set());
    for (const email of emails) emailsByRoot.get(root).add(email);
  });

  // The default sort compares UTF-16 code units, which is plain ASCII order here.
  return [...emailsByRoot].map(([root, emails]) => [accounts[root][0], ...[...emails].sort()]);
}
