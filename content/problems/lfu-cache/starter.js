export class LFUCache {
  constructor(capacity) {}

  get(key) {
    return 0;
  }

  put(key, value) {}
}
