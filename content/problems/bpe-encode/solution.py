import heapq


def bpeEncode(word, merges):
    """Applies ranked byte-pair merges to one word in O(n log n).

    Pieces live in a doubly linked list over their starting positions, and a min-heap holds
    candidate pairs as (rank, position). A heap entry goes stale when either of its pieces is
    merged into something else; it is recognised on the way out because the pair now at that
    position has a different rank (each rank belongs to exactly one pair).
    """
    ranks = {}
    for rank, (left, right) in enumerate(merges):
        ranks.setdefault((left, right), rank)

    pieces = list(word)  # one per code point; None once merged away
    n = len(pieces)
    nxt = [i + 1 if i + 1 < n else -1 for i in range(n)]
    prv = [i - 1 for i in range(n)]

    def rank_at(i):
        if pieces[i] is None or nxt[i] == -1:
            return None
        return ranks.get((pieces[i], pieces[nxt[i]]))

    heap = [(rank, i) for i in range(n - 1) if (rank := rank_at(i)) is not None]
    heapq.heapify(heap)

    while heap:
        best = heap[0][0]
        # Merge every occurrence of the best pair, left to right (positions pop in order). Pairs
        # that these merges create wait in `touched` until the round is over, as the rule requires.
        touched = []
        while heap and heap[0][0] == best:
            _, i = heapq.heappop(heap)
            if rank_at(i) != best:
                continue  # stale
            j = nxt[i]
            pieces[i] += pieces[j]
            pieces[j] = None
            nxt[i] = nxt[j]
            if nxt[j] != -1:
                prv[nxt[j]] = i
            if prv[i] != -1:
                touched.append(prv[i])
            touched.append(i)
        for i in touched:
            rank = rank_at(i)
            if rank is not None:
                heapq.heappush(heap, (rank, i))

    return [piece for piece in pieces if piece is not None]
