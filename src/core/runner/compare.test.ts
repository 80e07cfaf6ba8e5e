import { describe, expect, it } from "vitest";
import { canonicalJson, toJsonValue, valuesMatch } from "./compare.ts";

describe("toJsonValue", () => {
  it("turns JavaScript-only values into JSON data", () => {
    expect(toJsonValue(undefined)).toBeNull();
    expect(toJsonValue([1, undefined])).toEqual([1, null]);
    expect(toJsonValue(new Set([3, 1]))).toEqual([3, 1]);
    expect(toJsonValue(new Map([[1, "a"]]))).toEqual({ 1: "a" });
    expect(toJsonValue(Number.NaN)).toBe("NaN");
    expect(toJsonValue(-Infinity)).toBe("-Infinity");
    expect(toJsonValue(12n)).toBe(12);
    expect(toJsonValue(new Int32Array([1, 2]))).toEqual([1, 2]);
    expect(toJsonValue(function named() {})).toBe("[function named]");
  });

  it("keeps class instances as their fields and stops at cycles", () => {
    class Node {
      next: Node | null = null;
      constructor(readonly value: number) {}
    }
    const node = new Node(1);
    node.next = node;
    expect(toJsonValue(node)).toEqual({ next: "[circular]", value: 1 });
  });

  it("walks deeply nested values", () => {
    let nested: unknown = 0;
    for (let level = 0; level < 1000; level++) nested = [nested];
    expect(JSON.stringify(toJsonValue(nested)).length).toBe(2001);
  });
});

describe("valuesMatch", () => {
  it("exact: deep equality, arrays in order, objects by key", () => {
    expect(valuesMatch([1, [2, 3]], [1, [2, 3]], "exact")).toBe(true);
    expect(valuesMatch([1, 2], [2, 1], "exact")).toBe(false);
    expect(valuesMatch({ a: 1, b: [2] }, { b: [2], a: 1 }, "exact")).toBe(true);
    expect(valuesMatch({ a: 1 }, { a: 1, b: 2 }, "exact")).toBe(false);
    expect(valuesMatch(1, true, "exact")).toBe(false);
    expect(valuesMatch(null, 0, "exact")).toBe(false);
    expect(valuesMatch(0.1 + 0.2, 0.3, "exact")).toBe(false);
  });

  it("unordered: the top-level array in any order, elements deep-equal", () => {
    expect(valuesMatch([[1, 2], [3]], [[3], [1, 2]], "unordered")).toBe(true);
    expect(valuesMatch([[1, 2]], [[2, 1]], "unordered")).toBe(false);
    expect(valuesMatch([1, 1, 2], [1, 2, 2], "unordered")).toBe(false);
    expect(valuesMatch([{ a: 1, b: 2 }], [{ b: 2, a: 1 }], "unordered")).toBe(true);
  });

  it("float: numbers within 1e-6, anywhere in the value", () => {
    expect(valuesMatch(0.3, 0.1 + 0.2, "float")).toBe(true);
    expect(valuesMatch([1.5, { x: 2 }], [1.5000001, { x: 2.0000001 }], "float")).toBe(true);
    expect(valuesMatch(1, 1.00001, "float")).toBe(false);
    expect(valuesMatch(1e9, 1e9 + 1, "float")).toBe(true);
  });
});

describe("canonicalJson", () => {
  it("sorts object keys", () => {
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}');
  });
});
