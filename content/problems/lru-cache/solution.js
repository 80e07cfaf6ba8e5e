/**
 * Least-recently-used cache with O(1) get and put.
 *
 * A map finds a key's node; a doubly linked list keeps the nodes in order of use, most recent
 * right after the head sentinel and least recent right before the tail sentinel. The sentinels
 * mean a node always has neighbours, so linking and unlinking need no null checks.
 */
export class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.nodes = new Map();
    this.head = { key: -1, value: -1, prev: null, next: null };
    this.tail = { key: -1, value: -1, prev: this.head, next: null };
    this.head.next = this.tail;
  }

  get(key) {
    const node = this.nodes.get(key);
    if (node === undefined) return -1;
    this.moveToFront(node);
    return node.value;
  }

  put(key, value) {
    if (this.capacity === 0) return;
    const existing = this.nodes.get(key);
    if (existing !== undefined) {
      // An update is a use, and it never evicts: the key already has its place.
      existing.value = value;
      this.moveToFront(existing);
      return;
    }
    if (this.nodes.size === this.capacity) {
      const oldest = this.tail.prev;
      this.unlink(oldest);
      this.nodes.delete(oldest.key);
    }
    const node = { key, value, prev: null, next: null };
    this.linkAfterHead(node);
    this.nodes.set(key, node);
  }

  moveToFront(node) {
    this.unlink(node);
    this.linkAfterHead(node);
  }

  unlink(node) {
    node.prev.next = node.next;
    node.next.prev = node.prev;
  }

  linkAfterHead(node) {
    node.prev = this.head;
    node.next = this.head.next;
    this.head.next.prev = node;
    this.head.next = node;
  }
}
