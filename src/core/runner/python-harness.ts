/**
 * Candor's Python harness, as source text, so one harness serves both places Python runs: the CLI
 * and the tests start `python3 -I -S -c PYTHON_HARNESS [memory-limit-bytes]` with the request as
 * JSON on standard input (src/cli/runner/python-runner.ts), and the browser's worker will exec the
 * same text under Pyodide with `__name__` not `"__main__"` and call
 * `run_request(request_json, emit, write_output)` itself.
 *
 * The request is `{ "code", "problem": { "kind", "entry" }, "cases" }`. The harness compiles the
 * code as `solution.py` (a SyntaxError becomes a `compile-error` with its line and column), runs it
 * in a fresh namespace, calls the entry (a module-level function or class; a LeetCode-style
 * `class Solution` method also works) or the class's operation sequence for each case, and sends
 * each message of `RunnerMessage` (src/core/runner/types.ts) as one JSON text through `emit`:
 * `ready`, then `compile-error` | `load-error` | `loaded`, one `outcome` per case, `done`.
 * Outcomes carry what the code returned, turned into JSON by the rules of `toJsonValue`, and the
 * host judges them with `gradeCase`, so Python is compared by exactly the code that compares
 * JavaScript. An exception becomes the outcome's error with its type, message and line. What the
 * code prints (stdout and stderr) goes to `write_output`, capped at OUTPUT_LIMIT characters. Under
 * CPython, messages go to file descriptor 3 and printed output to standard output, and the
 * optional argument caps the address space (RLIMIT_AS) so a runaway allocation raises MemoryError.
 */
export const PYTHON_HARNESS = String.raw`
import builtins
import io
import json
import math
import sys
import time

SOURCE = "solution.py"
OUTPUT_LIMIT = 65536
TRUNCATED_NOTE = "\n[output truncated]\n"
# Test data and returned values may nest deeper than the default recursion limit lets the json
# module and _jsonable walk.
DEEP_RECURSION_LIMIT = 20000


class _Output(io.TextIOBase):
    """Stands in for stdout and stderr: passes text on until the limit, then one note."""

    def __init__(self, sink):
        super().__init__()
        self._sink = sink
        self._left = OUTPUT_LIMIT

    def writable(self):
        return True

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not " + type(text).__name__)
        if self._left < 0 or not text:
            return len(text)
        if len(text) <= self._left:
            self._left -= len(text)
            self._sink(text)
        else:
            self._sink(text[: self._left] + TRUNCATED_NOTE)
            self._left = -1
        return len(text)


def _key(key):
    return key if isinstance(key, str) else json.dumps(_jsonable(key, set()))


def _deep(function):
    """Calls function() with room for deeply nested values; the solution keeps the default."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, DEEP_RECURSION_LIMIT))
    try:
        return function()
    finally:
        sys.setrecursionlimit(limit)


def _to_json(value):
    """The JSON form of a returned value, by the rules of toJsonValue in compare.ts."""
    return _deep(lambda: _jsonable(value, set()))


def _jsonable(value, seen):
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return value
    if id(value) in seen:
        return "[circular]"
    seen.add(id(value))
    try:
        if isinstance(value, dict):
            return {_key(k): _jsonable(v, seen) for k, v in value.items()}
        if isinstance(value, (set, frozenset)):
            try:
                value = sorted(value)
            except TypeError:
                value = list(value)
        if isinstance(value, (list, tuple, bytes, bytearray)) or hasattr(value, "__iter__"):
            return [_jsonable(item, seen) for item in value]
        if hasattr(value, "__dict__"):
            return {_key(k): _jsonable(v, seen) for k, v in vars(value).items()}
        return repr(value)
    finally:
        seen.discard(id(value))


def _describe(error):
    """'TypeError: message (line 12)', the line being the deepest frame in the solution."""
    line = None
    trace = error.__traceback__
    while trace is not None:
        if trace.tb_frame.f_code.co_filename == SOURCE:
            line = trace.tb_lineno
        trace = trace.tb_next
    try:
        message = str(error)
    except Exception:
        message = ""
    text = type(error).__name__ + (": " + message if message else "")
    return text if line is None else text + " (line " + str(line) + ")"


def _describe_op(case, step, class_name):
    name = class_name if step == 0 else case["ops"][step]
    args = []
    for arg in case["args"][step]:
        text = json.dumps(arg, separators=(",", ":"), ensure_ascii=False)
        args.append(text if len(text) <= 40 else text[:37] + "...")
    return "op " + str(step) + " " + name + "(" + ", ".join(args) + ")"


def _find_entry(namespace, entry):
    value = namespace.get(entry)
    if value is None:
        solution = namespace.get("Solution")
        if isinstance(solution, type) and hasattr(solution, entry):
            value = getattr(solution(), entry)
    return value


def _run_case(entry, kind, case):
    outcome = {"name": case["name"]}
    start = time.perf_counter()
    step = 0
    returned = []
    try:
        if kind == "class":
            instance = entry(*case["args"][0])
            returned.append(None)
            for step in range(1, len(case["ops"])):
                method = getattr(instance, case["ops"][step], None)
                if not callable(method):
                    raise AttributeError(entry.__name__ + " has no method " + case["ops"][step])
                returned.append(_to_json(method(*case["args"][step])))
            outcome["actual"] = returned
        else:
            outcome["actual"] = _to_json(entry(*case["args"]))
    except BaseException as error:  # a solution may raise anything, SystemExit included
        prefix = _describe_op(case, step, entry.__name__) + ": " if kind == "class" else ""
        outcome["error"] = prefix + _describe(error)
        if kind == "class":
            outcome["actual"] = returned
    outcome["ms"] = (time.perf_counter() - start) * 1000
    return outcome


def run_request(request_json, emit, write_output):
    """Runs one request and reports each message through emit(json_text)."""

    def send(message):
        emit(_deep(lambda: json.dumps(message, separators=(",", ":"))))

    send({"type": "ready"})
    request = _deep(lambda: json.loads(request_json))
    problem = request["problem"]
    saved = (sys.stdout, sys.stderr, sys.stdin)
    sys.stdout = sys.stderr = _Output(write_output)
    sys.stdin = io.StringIO("")
    try:
        try:
            compiled = compile(request["code"], SOURCE, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as error:
            line = getattr(error, "lineno", None) or 1
            column = getattr(error, "offset", None) or 1
            message = getattr(error, "msg", None) or str(error)
            send({"type": "compile-error", "error": {
                "message": type(error).__name__ + ": " + message, "line": line, "column": column,
            }})
            return
        namespace = {"__name__": "solution", "__builtins__": builtins}
        try:
            exec(compiled, namespace)
        except BaseException as error:
            send({"type": "load-error", "error": "while loading the solution: " + _describe(error)})
            return
        entry = _find_entry(namespace, problem["entry"])
        if not callable(entry):
            what = "class" if problem["kind"] == "class" else "function"
            send({"type": "load-error", "error": "the solution does not define a " + what
                  + " named " + problem["entry"] + " at module level"})
            return
        send({"type": "loaded"})
        for case in request["cases"]:
            send({"type": "outcome", "outcome": _run_case(entry, problem["kind"], case)})
        send({"type": "done"})
    finally:
        sys.stdout, sys.stderr, sys.stdin = saved


def _main():
    import os

    if len(sys.argv) > 1:
        import resource

        limit = int(sys.argv[1])
        hard = resource.getrlimit(resource.RLIMIT_AS)[1]
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    channel = os.fdopen(3, "w", encoding="utf-8")

    def emit(text):
        channel.write(text + "\n")
        channel.flush()

    def write_output(text):
        data = text.encode("utf-8", "replace")
        while data:
            data = data[os.write(1, data):]

    run_request(sys.stdin.read(), emit, write_output)


if __name__ == "__main__":
    _main()
`;
