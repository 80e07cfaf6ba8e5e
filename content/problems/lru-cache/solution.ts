interface CacheNode {
  key: number;
  value: number;
  prev: CacheNode | null;
  next: CacheNode | null;
}

/**
 * Least-recently-used cache with O(1) get and put.
 *
 * A map finds a key's node; a doubly linked list keeps the nodes in order of use, most recent
 * right after the head sentinel and least recent right before the tail sentinel. The sentinels
 * mean a real node always has neighbours, so linking and unlinking need no special cases.
 */
export class LRUCache {
  private readonly nodes = new Map<number, CacheNode>();
  private readonly head: CacheNode = { key: -1, value: -1, prev: null, next: null };
  private readonly tail: CacheNode = { key: -1, value: -1, prev: null, next: null };

  constructor(private readonly capacity: number) {
    this.head.next = this.tail;
    this.tail.prev = this.head;
  }

  get(key: number): number {
    const node = this.nodes.get(key);
    if (node === undefined) return -1;
    this.moveToFront(node);
    return node.value;
  }

  put(key: number, value: number): void {
    if (this.capacity === 0) return;
    const existing = this.nodes.get(key);
    if (existing !== undefined) {
      // An update is a use, and it never evicts: the key already has its place.
      existing.value = value;
      this.moveToFront(existing);
      return;
    }
    if (this.nodes.size === this.capacity) {
      const oldest = this.tail.prev as CacheNode;
      this.unlink(oldest);
      this.nodes.delete(oldest.key);
    }
    const node: CacheNode = { key, value, prev: null, next: null };
    this.linkAfterHead(node);
    this.nodes.set(key, node);
  }

  private moveToFront(node: CacheNode): void {
    this.unlink(node);
    this.linkAfterHead(node);
  }

  private unlink(node: CacheNode): void {
    (node.prev as CacheNode).next = node.next;
    (node.next as CacheNode).prev = node.prev;
  }

  private linkAfterHead(node: CacheNode): void {
    const first = this.head.next as CacheNode;
    node.prev = this.head;
    node.next = first;
    first.prev = node;
    this.head.next = node;
  }
}
