const encoder = new TextEncoder();

/** 32-bit FNV-1a over UTF-8 bytes: stable across runs and languages. */
export function fnv1a(text) {
  let hash = 2166136261;
  for (const byte of encoder.encode(text)) {
    // Math.imul multiplies modulo 2^32; a plain * would lose precision beyond 2^53.
    hash = Math.imul(hash ^ byte, 16777619) >>> 0;
  }
  return hash;
}

/** Ring order: by position, then by server name, so the first node at a position owns it. */
const before = (a, b) =>
  a.position !== b.position ? a.position < b.position : a.server < b.server;

export class HashRing {
  #virtualNodes;
  #servers = new Set();
  #ring = []; // virtual nodes { position, server } in ring order

  constructor(virtualNodes) {
    this.#virtualNodes = virtualNodes;
  }

  addServer(name) {
    if (this.#servers.has(name)) return false;
    this.#servers.add(name);
    for (let i = 0; i < this.#virtualNodes; i++) {
      const node = { position: fnv1a(`${name}#${i}`), server: name };
      this.#ring.splice(
        this.#firstIndex((other) => !before(other, node)),
        0,
        node,
      );
    }
    return true;
  }

  removeServer(name) {
    if (!this.#servers.delete(name)) return false;
    this.#ring = this.#ring.filter((node) => node.server !== name);
    return true;
  }

  getServer(key) {
    if (this.#ring.length === 0) return null;
    const position = fnv1a(key);
    const i = this.#firstIndex((node) => node.position >= position);
    // Past the largest position, wrap around to the smallest.
    return this.#ring[i % this.#ring.length].server;
  }

  /** Binary search: the first index whose node satisfies `ok` (ok is monotone over the ring). */
  #firstIndex(ok) {
    let lo = 0;
    let hi = this.#ring.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ok(this.#ring[mid])) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
