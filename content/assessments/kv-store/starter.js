export class KeyValueStore {
  constructor() {}

  set(timestamp, key, field, value) {}

  get(timestamp, key, field) {
    return null;
  }

  delete(timestamp, key, field) {
    return false;
  }
}
