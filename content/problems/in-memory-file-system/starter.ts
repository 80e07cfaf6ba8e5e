export class FileSystem {
  mkdir(path: string): boolean {
    return false;
  }

  write(path: string, content: string): boolean {
    return false;
  }

  append(path: string, content: string): boolean {
    return false;
  }

  read(path: string): string | null {
    return null;
  }

  ls(path: string): string[] | null {
    return null;
  }

  move(src: string, dst: string): boolean {
    return false;
  }

  size(path: string): number | null {
    return null;
  }
}
