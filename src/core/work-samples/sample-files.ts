/** One file of a work sample's codebase. */
export interface SampleFile {
  /** Relative to the codebase's root, with forward slashes: `src/invoice.js`. */
  path: string;
  content: string;
}

/** Counts a text's lines the way an editor numbers them (a final newline opens no new line). */
export function countLines(text: string): number {
  if (text === "") return 1;
  const lines = text.split("\n").length;
  return text.endsWith("\n") ? lines - 1 : lines;
}

/** Joins a path relative to a directory, resolving `.` and `..`; undefined when it leaves the root. */
export function joinPath(directory: string, relative: string): string | undefined {
  const parts = directory === "" ? [] : directory.split("/");
  for (const part of relative.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  return parts.join("/");
}

/** The directory part of a path: `src` for `src/invoice.js`, `` for `main.py`. */
export function directoryOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}
