export class KeyValueStore {
  constructor() {}

  set(key, value) {}

  get(key) {
    return null;
  }

  delete(key) {
    return false;
  }

  count(value) {
    return 0;
  }

  begin() {}

  commit() {
    return false;
  }

  rollback() {
    return false;
  }
}
