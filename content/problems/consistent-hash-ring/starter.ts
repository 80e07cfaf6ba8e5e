export class HashRing {
  constructor(private readonly virtualNodes: number) {}

  addServer(name: string): boolean {
    return false;
  }

  removeServer(name: string): boolean {
    return false;
  }

  getServer(key: string): string | null {
    // Return the owning server's name, or null when the ring is empty.
    return null;
  }
}
