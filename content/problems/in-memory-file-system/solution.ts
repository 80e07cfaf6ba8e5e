interface FileNode {
  kind: "file";
  content: string;
}

interface DirectoryNode {
  kind: "directory";
  children: Map<string, FsNode>;
}

type FsNode = FileNode | DirectoryNode;

/** "/a/b" -> ["a", "b"]; "/" -> []. The only place that knows how paths are spelled. */
function split(path: string): string[] {
  return path.split("/").filter((name) => name !== "");
}

const newDirectory = (): DirectoryNode => ({ kind: "directory", children: new Map() });

export class FileSystem {
  private readonly root = newDirectory();

  // Level 1 -----------------------------------------------------------------------------------

  mkdir(path: string): boolean {
    let node: DirectoryNode = this.root;
    for (const name of split(path)) {
      let child = node.children.get(name);
      if (child === undefined) {
        child = newDirectory();
        node.children.set(name, child);
      } else if (child.kind === "file") {
        // Only existing nodes can be files, so nothing has been created at this point.
        return false;
      }
      node = child;
    }
    return true;
  }

  write(path: string, content: string): boolean {
    const file = this.fileForWriting(path);
    if (file === null) return false;
    file.content = content;
    return true;
  }

  append(path: string, content: string): boolean {
    const file = this.fileForWriting(path);
    if (file === null) return false;
    file.content += content;
    return true;
  }

  read(path: string): string | null {
    const node = this.find(split(path));
    return node?.kind === "file" ? node.content : null;
  }

  // Level 2 -----------------------------------------------------------------------------------

  ls(path: string): string[] | null {
    const names = split(path);
    const node = this.find(names);
    if (node === null) return null;
    if (node.kind === "file") return [names.at(-1) as string];
    return [...node.children.keys()].sort();
  }

  // Level 3 -----------------------------------------------------------------------------------

  move(src: string, dst: string): boolean {
    const srcNames = split(src);
    const dstNames = split(dst);
    const srcName = srcNames.at(-1);
    const dstName = dstNames.at(-1);
    // The root can neither move nor be replaced.
    if (srcName === undefined || dstName === undefined) return false;
    // A node cannot move into itself.
    if (srcNames.every((name, i) => dstNames[i] === name)) return false;
    const sourceParent = this.directory(srcNames.slice(0, -1));
    const targetParent = this.directory(dstNames.slice(0, -1));
    if (sourceParent === null || targetParent === null) return false;
    const node = sourceParent.children.get(srcName);
    if (node === undefined || targetParent.children.has(dstName)) return false;
    sourceParent.children.delete(srcName);
    targetParent.children.set(dstName, node);
    return true;
  }

  size(path: string): number | null {
    const node = this.find(split(path));
    if (node === null) return null;
    // Computed on demand with an explicit stack (deep trees are fine). Caching sizes per
    // directory would make this O(1), but every write, append and move would then have to
    // update all ancestors.
    let total = 0;
    const stack: FsNode[] = [node];
    for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
      if (current.kind === "file") total += current.content.length;
      else stack.push(...current.children.values());
    }
    return total;
  }

  // Helpers -----------------------------------------------------------------------------------

  /** The node at this path, or null. */
  private find(names: string[]): FsNode | null {
    let node: FsNode = this.root;
    for (const name of names) {
      const child: FsNode | undefined =
        node.kind === "directory" ? node.children.get(name) : undefined;
      if (child === undefined) return null;
      node = child;
    }
    return node;
  }

  private directory(names: string[]): DirectoryNode | null {
    const node = this.find(names);
    return node?.kind === "directory" ? node : null;
  }

  /** The file at path, created if missing; null if there cannot be a file there. */
  private fileForWriting(path: string): FileNode | null {
    const names = split(path);
    const name = names.at(-1);
    if (name === undefined) return null; // "/" is a directory
    const parent = this.directory(names.slice(0, -1));
    if (parent === null) return null;
    const existing = parent.children.get(name);
    if (existing !== undefined) return existing.kind === "file" ? existing : null;
    const file: FileNode = { kind: "file", content: "" };
    parent.children.set(name, file);
    return file;
  }
}
