import { err, ok, type Result } from "../result.ts";
import type { Bundle, BundledFile, BundleError, BundleInput } from "./bundle.ts";
import { countLines } from "./sample-files.ts";

/**
 * The bundle's loader: a finder on `sys.meta_path` that serves the codebase's modules from the
 * table above it. Each module is compiled as `solution.py` (the harness looks for that name to
 * report an error's line), padded with blank lines so its line N is the bundle's virtual line
 * `start + N - 1`; locate-run-result.ts maps those lines back to the file. A syntax error in a
 * module is re-raised with its file, line and column, which the same code turns into a
 * compile-error.
 */
const LOADER = `
class _CandorModules(_candor_abc.MetaPathFinder, _candor_abc.Loader):
    def find_spec(self, fullname, path=None, target=None):
        found = _CANDOR_FILES.get(fullname)
        if found is None:
            return None
        return _candor_util.spec_from_loader(fullname, self, origin=found[0], is_package=found[2])

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        path, start, is_package, source = _CANDOR_FILES[module.__name__]
        module.__file__ = path
        try:
            code = compile("\\n" * (start - 1) + source, "solution.py", "exec", dont_inherit=True)
        except SyntaxError as error:
            line = (error.lineno or start) - start + 1
            raise SyntaxError("%s [in %s, line %d, column %d]" % (
                error.msg, path, max(line, 1), error.offset or 1)) from None
        exec(code, module.__dict__)


_candor_sys.meta_path.insert(0, _CandorModules())
`;

/**
 * Bundles Python files into one script for the harness: a table of every module (its path, where
 * its lines start, whether it is a package, its source) and a finder that registers them with
 * the import system before the entry module is imported. `src/log_summary.py` becomes the module
 * `src.log_summary` (folders are packages, with or without `__init__.py`), and the entry module's
 * entry is bound at the bundle's top level, where the harness looks for it.
 */
export function bundlePython(input: BundleInput): Result<Bundle, BundleError> {
  const modules = new Map<string, { path: string; source: string; isPackage: boolean }>();
  for (const file of input.files) {
    if (!file.path.endsWith(".py")) continue;
    const parts = file.path.slice(0, -3).split("/");
    const isPackage = parts[parts.length - 1] === "__init__";
    if (isPackage) parts.pop();
    modules.set(parts.join("."), { path: file.path, source: file.content, isPackage });
    // Every folder above a file is a package, even without an __init__.py of its own.
    for (let depth = parts.length - 1; depth >= 1; depth -= 1) {
      const name = parts.slice(0, depth).join(".");
      if (!modules.has(name)) {
        modules.set(name, {
          path: `${parts.slice(0, depth).join("/")}/__init__.py`,
          source: "",
          isPackage: true,
        });
      }
    }
  }
  const entryName = moduleNameOf(input.entryModule);
  if (entryName === undefined || !modules.has(entryName)) {
    return err({
      file: input.entryModule,
      line: 1,
      column: 1,
      message: `the entry module ${input.entryModule} is missing`,
    });
  }
  const sorted = [...modules.entries()].sort(([a], [b]) => a.localeCompare(b));
  const header =
    "import importlib.abc as _candor_abc\n" +
    "import importlib.util as _candor_util\n" +
    "import sys as _candor_sys\n";
  const footer =
    `\n_candor_entry_module = __import__("importlib").import_module(${JSON.stringify(entryName)})\n` +
    `if hasattr(_candor_entry_module, ${JSON.stringify(input.entry)}):\n` +
    `    ${input.entry} = getattr(_candor_entry_module, ${JSON.stringify(input.entry)})\n`;
  const assemble = (starts: readonly number[]): string => {
    const table = sorted.map(
      ([name, module], index) =>
        `    ${JSON.stringify(name)}: (${JSON.stringify(module.path)}, ${String(starts[index] ?? 0)}, ` +
        `${module.isPackage ? "True" : "False"}, ${JSON.stringify(module.source)}),`,
    );
    return `${header}_CANDOR_FILES = {\n${table.join("\n")}\n}\n${LOADER}${footer}`;
  };
  // The files' lines are numbered after the bundle's own (a source is one JSON line in the table,
  // so the numbers do not change how many lines the bundle has).
  let line = countLines(assemble([])) + 1;
  const files: BundledFile[] = [];
  const starts = sorted.map(([, module]) => {
    const start = line;
    if (module.source !== "") {
      const lines = countLines(module.source);
      files.push({ path: module.path, start, lines });
      line += lines;
    }
    return start;
  });
  const code = assemble(starts);
  return ok({ code, language: "py", files });
}

/** `src/log_summary.py` → `src.log_summary`; `pkg/__init__.py` → `pkg`. */
export function moduleNameOf(path: string): string | undefined {
  if (!path.endsWith(".py")) return undefined;
  const parts = path.slice(0, -3).split("/");
  if (parts[parts.length - 1] === "__init__") parts.pop();
  return parts.length === 0 ? undefined : parts.join(".");
}
