// For each of the five named problems, a plausible wrong solution in each language — the mistakes
// candidates make in interviews — must be caught by the problem's tests.
import { describe, expect, it } from "vitest";
import { allCases, toRunnable } from "../../src/core/problems/parse-problem.ts";
import type { Language } from "../../src/core/problems/schema.ts";
import { runSolution } from "../../src/cli/runner/run-solution.ts";
import { loadProblem } from "../../src/node/content/load-problems.ts";
import { limitConcurrency } from "../support/concurrency.ts";
import { SHIPPED_CONTENT_DIR } from "../../src/node/content/content-dir.ts";

interface WrongSolution {
  problem: string;
  language: Language;
  mistake: string;
  code: string;
  /** A case the mistake must fail. */
  fails: string;
}

const WRONG: WrongSolution[] = [
  {
    problem: "lru-cache",
    language: "js",
    mistake: "evicts in insertion order: get does not refresh recency",
    fails: "reading a key protects it from eviction",
    code: `export class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.map = new Map();
  }
  get(key) {
    return this.map.has(key) ? this.map.get(key) : -1;
  }
  put(key, value) {
    if (!this.map.has(key) && this.map.size >= this.capacity) {
      this.map.delete(this.map.keys().next().value);
    }
    this.map.set(key, value);
  }
}
`,
  },
  {
    problem: "lru-cache",
    language: "ts",
    mistake: "evicts before checking whether the key is already present",
    fails: "updating a key in a full cache evicts nothing",
    code: `export class LRUCache {
  private readonly map = new Map<number, number>();
  constructor(private readonly capacity: number) {}
  get(key: number): number {
    const value = this.map.get(key);
    if (value === undefined) return -1;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }
  put(key: number, value: number): void {
    if (this.capacity === 0) return;
    if (this.map.size === this.capacity) {
      const oldest = this.map.keys().next().value as number;
      this.map.delete(oldest);
    }
    this.map.delete(key);
    this.map.set(key, value);
  }
}
`,
  },
  {
    problem: "lru-cache",
    language: "py",
    mistake: "never handles capacity zero",
    fails: "capacity zero stores nothing",
    code: `from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = OrderedDict()

    def get(self, key):
        if key not in self.items:
            return -1
        self.items.move_to_end(key)
        return self.items[key]

    def put(self, key, value):
        if key in self.items:
            self.items.move_to_end(key)
        elif len(self.items) == self.capacity and self.items:
            self.items.popitem(last=False)
        self.items[key] = value
`,
  },
  {
    problem: "word-break",
    language: "js",
    mistake: "takes the longest word greedily",
    fails: "longest first is not enough",
    code: `export function wordBreak(s, wordDict) {
  let i = 0;
  while (i < s.length) {
    let best = "";
    for (const word of wordDict) {
      if (s.startsWith(word, i) && word.length > best.length) best = word;
    }
    if (best === "") return false;
    i += best.length;
  }
  return true;
}
`,
  },
  {
    problem: "word-break",
    language: "ts",
    mistake: "stops the table one position short",
    fails: "two words",
    code: `export function wordBreak(s: string, wordDict: string[]): boolean {
  const words = new Set(wordDict);
  const ok: boolean[] = new Array<boolean>(s.length + 1).fill(false);
  ok[0] = true;
  for (let end = 1; end < s.length; end++) {
    for (let start = 0; start < end; start++) {
      if (ok[start] && words.has(s.slice(start, end))) ok[end] = true;
    }
  }
  return ok[s.length] ?? false;
}
`,
  },
  {
    problem: "word-break",
    language: "py",
    mistake: "recursion without memoization",
    fails: "the last letter is missing from every word",
    code: `def wordBreak(s, wordDict):
    if s == "":
        return True
    return any(s.startswith(word) and wordBreak(s[len(word):], wordDict) for word in wordDict)
`,
  },
  {
    problem: "merge-intervals",
    language: "js",
    mistake: "replaces the end instead of keeping the larger one",
    fails: "an interval inside another",
    code: `export function merge(intervals) {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = end;
    else merged.push([start, end]);
  }
  return merged;
}
`,
  },
  {
    problem: "merge-intervals",
    language: "ts",
    mistake: "assumes the input is already sorted",
    fails: "unsorted input",
    code: `export function merge(intervals: number[][]): number[][] {
  const merged: number[][] = [];
  for (const [start = 0, end = 0] of intervals) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= (last[1] ?? 0)) last[1] = Math.max(last[1] ?? 0, end);
    else merged.push([start, end]);
  }
  return merged;
}
`,
  },
  {
    problem: "merge-intervals",
    language: "py",
    mistake: "does not merge intervals that only touch",
    fails: "touching intervals merge",
    code: `def merge(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
`,
  },
  {
    problem: "trapping-rain-water",
    language: "js",
    mistake: "leaves out the bar itself from the maxima and never clamps at zero",
    fails: "several pools",
    code: `export function trap(height) {
  let water = 0;
  for (let i = 1; i < height.length - 1; i++) {
    const left = Math.max(...height.slice(0, i));
    const right = Math.max(...height.slice(i + 1));
    water += Math.min(left, right) - height[i];
  }
  return water;
}
`,
  },
  {
    problem: "trapping-rain-water",
    language: "ts",
    mistake: "stops one bar early",
    fails: "one basin with a floor",
    code: `export function trap(height: number[]): number {
  const n = height.length;
  const left: number[] = [];
  const right: number[] = [];
  for (let i = 0; i < n; i++) left[i] = Math.max(left[i - 1] ?? 0, height[i] ?? 0);
  for (let i = n - 1; i >= 0; i--) right[i] = Math.max(right[i + 1] ?? 0, height[i] ?? 0);
  let water = 0;
  for (let i = 1; i < n - 2; i++) {
    water += Math.min(left[i] ?? 0, right[i] ?? 0) - (height[i] ?? 0);
  }
  return water;
}
`,
  },
  {
    problem: "trapping-rain-water",
    language: "py",
    mistake: "uses the taller side instead of the shorter",
    fails: "one basin with a floor",
    code: `def trap(height):
    water = 0
    for i in range(len(height)):
        water += max(max(height[: i + 1]), max(height[i:])) - height[i]
    return water
`,
  },
  {
    problem: "tokenizer",
    language: "js",
    mistake: "walks UTF-16 code units instead of code points",
    fails: "an emoji is one character",
    code: `const SPACE = /[ \\t\\n\\v\\f\\r]/;
export function tokenize(text, vocab) {
  const words = new Set(vocab.filter((word) => word !== ""));
  const longest = Math.max(0, ...[...words].map((word) => word.length));
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    if (SPACE.test(text[i])) {
      let j = i;
      while (j < text.length && SPACE.test(text[j])) j++;
      tokens.push(text.slice(i, j));
      i = j;
      continue;
    }
    let length = Math.min(longest, text.length - i);
    while (length > 0 && !(words.has(text.slice(i, i + length)) && !SPACE.test(text.slice(i, i + length)))) length--;
    tokens.push(length === 0 ? "<unk>" : text.slice(i, i + length));
    i += Math.max(1, length);
  }
  return tokens;
}
`,
  },
  {
    problem: "tokenizer",
    language: "ts",
    mistake: "emits each whitespace character as its own token",
    fails: "a whitespace run is one token",
    code: `const SPACE = new Set([" ", "\\t", "\\n", "\\v", "\\f", "\\r"]);
export function tokenize(text: string, vocab: string[]): string[] {
  const words = new Set(vocab.filter((word) => word !== ""));
  const chars = Array.from(text);
  const tokens: string[] = [];
  let i = 0;
  while (i < chars.length) {
    if (SPACE.has(chars[i] ?? "")) {
      tokens.push(chars[i] ?? "");
      i++;
      continue;
    }
    let end = i;
    while (end < chars.length && !SPACE.has(chars[end] ?? "")) end++;
    let length = end - i;
    while (length > 0 && !words.has(chars.slice(i, i + length).join(""))) length--;
    tokens.push(length === 0 ? "<unk>" : chars.slice(i, i + length).join(""));
    i += Math.max(1, length);
  }
  return tokens;
}
`,
  },
  {
    problem: "tokenizer",
    language: "py",
    mistake: "treats every Unicode space as whitespace (str.isspace)",
    fails: "no-break and ideographic spaces are ordinary",
    code: `def tokenize(text, vocab):
    words = {word for word in vocab if word}
    tokens, i = [], 0
    while i < len(text):
        if text[i].isspace():
            j = i
            while j < len(text) and text[j].isspace():
                j += 1
            tokens.append(text[i:j])
            i = j
            continue
        end = i
        while end < len(text) and not text[end].isspace():
            end += 1
        length = end - i
        while length > 0 and text[i : i + length] not in words:
            length -= 1
        tokens.append(text[i : i + length] if length else "<unk>")
        i += max(1, length)
    return tokens
`,
  },
];

const limited = limitConcurrency(3);

describe.concurrent("plausible wrong solutions fail", () => {
  it.each(
    WRONG.map(
      (wrong) => [`${wrong.problem} in ${wrong.language}: ${wrong.mistake}`, wrong] as const,
    ),
  )("%s", async (_title, wrong) => {
    const loaded = await loadProblem(wrong.problem, SHIPPED_CONTENT_DIR);
    if (loaded?.ok !== true) throw new Error(`${wrong.problem} does not load`);
    const problem = loaded.value;
    const result = await limited(() =>
      runSolution({
        language: wrong.language,
        code: wrong.code,
        problem: toRunnable(problem.meta),
        cases: allCases(problem),
      }),
    );
    expect(result.verdict).not.toBe("accepted");
    expect(result.verdict).not.toBe("compile-error");
    const failing = result.cases.filter((entry) => !entry.ok).map((entry) => entry.name);
    expect(failing).toContain(wrong.fails);
  });
});
