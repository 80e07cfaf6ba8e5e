class _DisjointSets:
    """Union-find over 0..n-1 with path compression and union by size."""

    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:  # point the whole path straight at the root
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a == b:
            return
        if self.size[a] < self.size[b]:
            a, b = b, a
        self.parent[b] = a
        self.size[a] += self.size[b]


def accountsMerge(accounts):
    records = _DisjointSets(len(accounts))
    # Join each record with the first record that held the same address: linear in the number
    # of addresses, instead of comparing every pair of records.
    first_owner = {}
    for i, (_, *emails) in enumerate(accounts):
        for email in emails:
            records.union(i, first_owner.setdefault(email, i))

    emails_by_root = {}
    for i, (_, *emails) in enumerate(accounts):
        emails_by_root.setdefault(records.find(i), set()).update(emails)

    return [[accounts[root][0], *sorted(emails)] for root, emails in emails_by_root.items()]
