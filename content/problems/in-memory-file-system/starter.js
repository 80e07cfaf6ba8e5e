export class FileSystem {
  constructor() {}

  mkdir(path) {
    return false;
  }

  write(path, content) {
    return false;
  }

  append(path, content) {
    return false;
  }

  read(path) {
    return null;
  }

  ls(path) {
    return null;
  }

  move(src, dst) {
    return false;
  }

  size(path) {
    return null;
  }
}
