type Json = null | boolean | number | string | Json[] | JsonObject;
type JsonObject = { [key: string]: Json };
type Container = Json[] | JsonObject;
/** One step of a path: a number indexes an array, a string names an object key. */
type Step = number | string;

const DIGITS = /^[0-9]+$/;

function escapeKey(key: string): string {
  const escaped = key.replaceAll("\\", "\\\\").replaceAll(".", "\\.");
  // A key made only of digits would read back as an array index; the leading \ marks it as a key.
  return DIGITS.test(key) ? `\\${escaped}` : escaped;
}

function parsePath(path: string): Step[] {
  const steps: Step[] = [];
  let text = "";
  let escaped = false;
  const finish = (): void => {
    steps.push(!escaped && DIGITS.test(text) ? Number(text) : text);
    text = "";
    escaped = false;
  };
  for (let i = 0; i < path.length; i++) {
    const ch = path.charAt(i);
    if (ch === "\\") {
      text += path.charAt(++i);
      escaped = true;
    } else if (ch === ".") {
      finish();
    } else {
      text += ch;
    }
  }
  finish();
  return steps;
}

function isContainer(value: Json): value is Container {
  return typeof value === "object" && value !== null;
}

function isEmpty(value: Container): boolean {
  return Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}

function emptyLike(value: Container): Container {
  return Array.isArray(value) ? [] : {};
}

/** Reads container[step]; the step's type always matches the container's kind. */
function getChild(container: Container, step: Step): Json | undefined {
  return Array.isArray(container) ? container[step as number] : container[step as string];
}

function setChild(container: Container, step: Step, value: Json): void {
  if (Array.isArray(container)) container[step as number] = value;
  else container[step as string] = value;
}

export class ObjectFlattener {
  flatten(obj: JsonObject): JsonObject {
    const flat: JsonObject = {};
    // An explicit stack instead of recursion, so deep input cannot overflow the call stack.
    const stack: [string | null, Json][] = [[null, obj]];
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      const [path, value] = top;
      if (isContainer(value) && (path === null || !isEmpty(value))) {
        const entries: [string, Json][] = Array.isArray(value)
          ? value.map((child, i) => [String(i), child])
          : Object.entries(value).map(([key, child]) => [escapeKey(key), child]);
        for (const [step, child] of entries) {
          stack.push([path === null ? step : `${path}.${step}`, child]);
        }
      } else if (path !== null) {
        // A primitive, or an empty container kept as a leaf so the round trip is lossless.
        flat[path] = isContainer(value) ? emptyLike(value) : value;
      }
    }
    return flat;
  }

  unflatten(flat: JsonObject): JsonObject {
    const root: JsonObject = {};
    for (const [path, value] of Object.entries(flat)) {
      const steps = parsePath(path);
      let container: Container = root;
      for (let i = 0; i + 1 < steps.length; i++) {
        const step = steps[i] as Step;
        let child = getChild(container, step);
        if (child === undefined) {
          child = typeof steps[i + 1] === "number" ? [] : {};
          setChild(container, step, child);
        }
        container = child as Container;
      }
      setChild(
        container,
        steps[steps.length - 1] as Step,
        isContainer(value) ? emptyLike(value) : value,
      );
    }
    return root;
  }
}
