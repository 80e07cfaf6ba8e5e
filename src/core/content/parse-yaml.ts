import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
import type { ContentProblem } from "./content-problem.ts";

/**
 * Parses one YAML document of content, or records a problem naming the file (with the line and
 * column in the message) and returns undefined. js-yaml reads the shipped content about six times
 * faster than the document-building parser it replaced, with the same values; the core schema
 * keeps dates and the like as text.
 */
export function parseYamlText(text: string, file: string, problems: ContentProblem[]): unknown {
  try {
    // Test cases nest data deeply on purpose; js-yaml's default limit of 100 levels is for
    // untrusted input, which content is not.
    return load(text, { schema: CORE_SCHEMA, maxDepth: 1000 });
  } catch (error) {
    if (error instanceof YAMLException) {
      // One line, with the place: the reason and "at line 4, column 1" (js-yaml counts from 0).
      const place =
        error.mark === undefined
          ? ""
          : ` at line ${String(error.mark.line + 1)}, column ${String(error.mark.column + 1)}`;
      problems.push({ file, field: "(yaml)", message: `${error.reason}${place}` });
      return undefined;
    }
    throw error;
  }
}
