const DIGITS = /^[0-9]+$/;

function escapeKey(key) {
  const escaped = key.replaceAll("\\", "\\\\").replaceAll(".", "\\.");
  // A key made only of digits would read back as an array index; the leading \ marks it as a key.
  return DIGITS.test(key) ? `\\${escaped}` : escaped;
}

/** Splits a path into steps: a number indexes an array, a string names an object key. */
function parsePath(path) {
  const steps = [];
  let text = "";
  let escaped = false;
  const finish = () => {
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

const isContainer = (value) => typeof value === "object" && value !== null;
const isEmpty = (value) =>
  Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
const emptyLike = (value) => (Array.isArray(value) ? [] : {});

export class ObjectFlattener {
  flatten(obj) {
    const flat = {};
    // An explicit stack instead of recursion, so deep input cannot overflow the call stack.
    const stack = [[null, obj]];
    while (stack.length > 0) {
      const [path, value] = stack.pop();
      if (isContainer(value) && (path === null || !isEmpty(value))) {
        const entries = Array.isArray(value)
          ? value.map((child, i) => [String(i), child])
          : Object.entries(value).map(([key, child]) => [escapeKey(key), child]);
        for (const [step, child] of entries) {
          stack.push([path === null ? step : `${path}.${step}`, child]);
        }
      } else {
        // A primitive, or an empty container kept as a leaf so the round trip is lossless.
        flat[path] = isContainer(value) ? emptyLike(value) : value;
      }
    }
    return flat;
  }

  unflatten(flat) {
    const root = {};
    for (const [path, value] of Object.entries(flat)) {
      const steps = parsePath(path);
      let container = root;
      for (let i = 0; i + 1 < steps.length; i++) {
        if (container[steps[i]] === undefined) {
          container[steps[i]] = typeof steps[i + 1] === "number" ? [] : {};
        }
        container = container[steps[i]];
      }
      container[steps[steps.length - 1]] = isContainer(value) ? emptyLike(value) : value;
    }
    return root;
  }
}
