export class HashRing {
  constructor(virtualNodes) {
    this.virtualNodes = virtualNodes;
  }

  addServer(name) {
    return false;
  }

  removeServer(name) {
    return false;
  }

  getServer(key) {
    // Return the owning server's name, or null when the ring is empty.
    return null;
  }
}
