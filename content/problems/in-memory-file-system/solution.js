/** "/a/b" -> ["a", "b"]; "/" -> []. The only place that knows how paths are spelled. */
const split = (path) => path.split("/").filter((name) => name !== "");

// A node is { kind: "file", content } or { kind: "directory", children: Map<name, node> }.
const newDirectory = () => ({ kind: "directory", children: new Map() });

export class FileSystem {
  #root = newDirectory();

  // Level 1 -----------------------------------------------------------------------------------

  mkdir(path) {
    let node = this.#root;
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

  write(path, content) {
    const file = this.#fileForWriting(path);
    if (file === null) return false;
    file.content = content;
    return true;
  }

  append(path, content) {
    const file = this.#fileForWriting(path);
    if (file === null) return false;
    file.content += content;
    return true;
  }

  read(path) {
    const node = this.#find(split(path));
    return node?.kind === "file" ? node.content : null;
  }

  // Level 2 -----------------------------------------------------------------------------------

  ls(path) {
    const names = split(path);
    const node = this.#find(names);
    if (node === null) return null;
    if (node.kind === "file") return [names.at(-1)];
    return [...node.children.keys()].sort();
  }

  // Level 3 -----------------------------------------------------------------------------------

  move(src, dst) {
    const srcNames = split(src);
    const dstNames = split(dst);
    // The root can neither move nor be replaced.
    if (srcNames.length === 0 || dstNames.length === 0) return false;
    // A node cannot move into itself.
    if (srcNames.every((name, i) => dstNames[i] === name)) return false;
    const sourceParent = this.#directory(srcNames.slice(0, -1));
    const targetParent = this.#directory(dstNames.slice(0, -1));
    if (sourceParent === null || targetParent === null) return false;
    const node = sourceParent.children.get(srcNames.at(-1));
    if (node === undefined || targetParent.children.has(dstNames.at(-1))) return false;
    sourceParent.children.delete(srcNames.at(-1));
    targetParent.children.set(dstNames.at(-1), node);
    return true;
  }

  size(path) {
    const node = this.#find(split(path));
    if (node === null) return null;
    // Computed on demand with an explicit stack (deep trees are fine). Caching sizes per
    // directory would make this O(1), but every write, append and move would then have to
    // update all ancestors.
    let total = 0;
    const stack = [node];
    while (stack.length > 0) {
      const current = stack.pop();
      if (current.kind === "file") total += current.content.length;
      else stack.push(...current.children.values());
    }
    return total;
  }

  // Helpers -----------------------------------------------------------------------------------

  /** The node at this path, or null. */
  #find(names) {
    let node = this.#root;
    for (const name of names) {
      const child = node.kind === "directory" ? node.children.get(name) : undefined;
      if (child === undefined) return null;
      node = child;
    }
    return node;
  }

  #directory(names) {
    const node = this.#find(names);
    return node?.kind === "directory" ? node : null;
  }

  /** The file at path, created if missing; null if there cannot be a file there. */
  #fileForWriting(path) {
    const names = split(path);
    if (names.length === 0) return null; // "/" is a directory
    const parent = this.#directory(names.slice(0, -1));
    if (parent === null) return null;
    const existing = parent.children.get(names.at(-1));
    if (existing !== undefined) return existing.kind === "file" ? existing : null;
    const file = { kind: "file", content: "" };
    parent.children.set(names.at(-1), file);
    return file;
  }
}
