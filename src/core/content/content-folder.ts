import type { ContentProblem } from "./content-problem.ts";

/** A content folder as read from disk: its path (for messages) and its files by relative name. */
export interface ContentFolder {
  dir: string;
  files: ReadonlyMap<string, string>;
}

/**
 * Reading files of a content folder while collecting what is wrong: `read` returns a file's text,
 * or records it as missing or empty (unless it is optional) and returns undefined.
 */
export function folderReader(folder: ContentFolder, problems: ContentProblem[]) {
  const fileOf = (name: string) => `${folder.dir}/${name}`;
  const read = (name: string, required = true): string | undefined => {
    const text = folder.files.get(name);
    if (text === undefined || text.trim() === "") {
      if (required) {
        problems.push({
          file: fileOf(name),
          field: "(file)",
          message: text === undefined ? `missing ${name}` : `${name} is empty`,
        });
      }
      return undefined;
    }
    return text;
  };
  return { fileOf, read };
}

/** Records each theme that is not in the packs' vocabulary, naming the file and position. */
export function checkThemes(
  themes: readonly string[],
  vocabulary: ReadonlySet<string> | undefined,
  file: string,
  problems: ContentProblem[],
): void {
  if (vocabulary === undefined) return;
  themes.forEach((theme, index) => {
    if (!vocabulary.has(theme)) {
      problems.push({
        file,
        field: `themes[${String(index)}]`,
        message: `"${theme}" is not in any pack's themes`,
      });
    }
  });
}
