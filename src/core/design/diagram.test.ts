import { describe, expect, it } from "vitest";
import { diagramForReview, mentionsIn, readDiagram, type DiagramElement } from "./diagram.ts";

/** A scene built by hand: shapes with bound labels, a free text and arrows between them. */
function box(id: string, label: string): DiagramElement[] {
  return [
    { id, type: "rectangle" },
    { id: `${id}-label`, type: "text", text: label, originalText: label, containerId: id },
  ];
}

function arrow(id: string, from: string | undefined, to: string | undefined): DiagramElement {
  return {
    id,
    type: "arrow",
    startBinding: from === undefined ? null : { elementId: from },
    endBinding: to === undefined ? null : { elementId: to },
  };
}

describe("readDiagram", () => {
  it("reads labelled shapes and free texts as components and bound arrows as connections", () => {
    const reading = readDiagram({
      elements: [
        ...box("gw", "API gateway"),
        ...box("rl", "Rate\nlimiter"),
        { id: "redis", type: "text", text: "Redis" },
        arrow("a1", "gw", "rl"),
        arrow("a2", "rl", "redis"),
      ],
    });
    expect(reading.components.map((component) => component.label)).toEqual([
      "API gateway",
      "Rate limiter",
      "Redis",
    ]);
    expect(reading.connections).toEqual([
      { from: "API gateway", to: "Rate limiter" },
      { from: "Rate limiter", to: "Redis" },
    ]);
  });

  it("skips deleted elements, unlabelled shapes, arrow captions and arrows loose at one end", () => {
    const reading = readDiagram({
      elements: [
        ...box("gw", "Gateway"),
        { id: "empty", type: "ellipse" },
        { id: "gone", type: "text", text: "Old cache", isDeleted: true },
        arrow("a1", "gw", "empty"),
        arrow("a2", "gw", undefined),
        { id: "caption", type: "text", text: "HTTPS", containerId: "a1" },
      ],
    });
    expect(reading.components).toEqual([{ id: "gw", label: "Gateway" }]);
    expect(reading.connections).toEqual([]);
  });

  it("names a label once however often it is drawn, and an arrow once", () => {
    const reading = readDiagram({
      elements: [
        ...box("a", "Worker"),
        ...box("b", "worker"),
        ...box("q", "Queue"),
        arrow("x", "q", "a"),
        arrow("y", "q", "a"),
      ],
    });
    expect(reading.components.map((component) => component.label)).toEqual(["Worker", "Queue"]);
    expect(reading.connections).toEqual([{ from: "Queue", to: "Worker" }]);
  });

  it("reads an empty scene as nothing", () => {
    expect(readDiagram({ elements: [] })).toEqual({ components: [], connections: [] });
  });
});

describe("mentionsIn", () => {
  it("finds a phrase whatever its case, punctuation and plural ending", () => {
    const mentions = mentionsIn("Requests pass the API-gateway, then the rate limiters.");
    expect(mentions("API gateway")).toBe(true);
    expect(mentions("Rate limiter")).toBe(true);
    expect(mentions("gate")).toBe(false);
    expect(mentions("  ")).toBe(false);
  });
});

describe("diagramForReview", () => {
  it("keeps only what the review reads, drops deleted elements, and reads the same", () => {
    const full = [
      { ...box("gw", "Gateway")[0], x: 10, y: 20, width: 100, strokeColor: "#000" },
      { ...box("gw", "Gateway")[1], fontSize: 20 },
      ...box("db", "Database"),
      {
        ...arrow("a", "gw", "db"),
        points: [
          [0, 0],
          [100, 0],
        ],
      },
      { id: "old", type: "rectangle", isDeleted: true },
    ] as DiagramElement[];
    const slim = diagramForReview(full);
    expect(slim.elements).toEqual([
      { id: "gw", type: "rectangle" },
      { id: "gw-label", type: "text", text: "Gateway", originalText: "Gateway", containerId: "gw" },
      { id: "db", type: "rectangle" },
      {
        id: "db-label",
        type: "text",
        text: "Database",
        originalText: "Database",
        containerId: "db",
      },
      {
        id: "a",
        type: "arrow",
        startBinding: { elementId: "gw" },
        endBinding: { elementId: "db" },
      },
    ]);
    expect(readDiagram(slim)).toEqual(readDiagram({ elements: full }));
  });
});
