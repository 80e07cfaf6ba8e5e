// Reads a design diagram (an Excalidraw scene's elements) as the components it names and the
// connections drawn between them, and compares it with the text of the design. Pure: the scene
// arrives already validated (src/core/api/design-reviews.ts).

/** The parts of an Excalidraw element the review reads; every other field is ignored. */
export interface DiagramElement {
  readonly id: string;
  readonly type: string;
  readonly isDeleted?: boolean | undefined;
  /** A text element's text, wrapped to its box. */
  readonly text?: string | undefined;
  /** A text element's text as typed, before wrapping. */
  readonly originalText?: string | undefined;
  /** The shape or arrow a text element labels. */
  readonly containerId?: string | null | undefined;
  /** Where an arrow starts and ends, when it is bound to an element. */
  readonly startBinding?: { readonly elementId: string } | null | undefined;
  readonly endBinding?: { readonly elementId: string } | null | undefined;
}

/** A scene as the review receives it: its elements only, no app state. */
export interface Diagram {
  readonly elements: readonly DiagramElement[];
}

/** A named thing in the diagram: a free text, or a shape with a label. */
export interface DiagramComponent {
  /** The element that stands for it: the shape for a labelled shape, else the text itself. */
  readonly id: string;
  readonly label: string;
}

/** An arrow bound at both ends, from one component to another. */
export interface DiagramConnection {
  readonly from: string;
  readonly to: string;
}

/** What a diagram says: its components (each label once) and its connections. */
export interface DiagramReading {
  readonly components: readonly DiagramComponent[];
  readonly connections: readonly DiagramConnection[];
}

/** The shapes whose bound text names a component (an arrow's bound text is its caption). */
const SHAPES = new Set(["rectangle", "ellipse", "diamond"]);

/** A label on one line, with its spaces collapsed. */
function cleanLabel(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Reads the components and connections of a diagram; deleted elements are skipped. */
export function readDiagram(diagram: Diagram): DiagramReading {
  const live = diagram.elements.filter((element) => element.isDeleted !== true);
  const byId = new Map(live.map((element) => [element.id, element]));
  // The label of each element that names a component: a labelled shape, or a free text.
  const labelOf = new Map<string, string>();
  for (const element of live) {
    if (element.type !== "text") continue;
    const label = cleanLabel(element.originalText ?? element.text ?? "");
    if (label === "") continue;
    const container =
      element.containerId == null ? undefined : (byId.get(element.containerId) ?? undefined);
    if (container === undefined) labelOf.set(element.id, label);
    else if (SHAPES.has(container.type)) labelOf.set(container.id, label);
  }
  const components: DiagramComponent[] = [];
  const seen = new Set<string>();
  for (const [id, label] of labelOf) {
    const key = label.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    components.push({ id, label });
  }
  const connections: DiagramConnection[] = [];
  const drawn = new Set<string>();
  for (const element of live) {
    if (element.type !== "arrow") continue;
    const from = labelOf.get(element.startBinding?.elementId ?? "");
    const to = labelOf.get(element.endBinding?.elementId ?? "");
    if (from === undefined || to === undefined) continue;
    const key = `${from.toLowerCase()}\u0000${to.toLowerCase()}`;
    if (drawn.has(key)) continue;
    drawn.add(key);
    connections.push({ from, to });
  }
  return { components, connections };
}

/** A connection as a person reads it. */
export function describeConnection(connection: DiagramConnection): string {
  return `${connection.from} → ${connection.to}`;
}

/** A text's words, lower-cased, with punctuation and hyphens as spaces. */
function plainWords(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
}

/** The word without a plural ending, so "caches" meets "cache" and "queues" meets "queue". */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && /(?:ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** The phrase's words in singular form, space-separated with a space at each end. */
function phraseKey(text: string): string {
  const words = plainWords(text).trim().split(" ").filter(Boolean).map(singular);
  return ` ${words.join(" ")} `;
}

/**
 * A test of whether `text` names a phrase, ignoring case, punctuation and plural endings. The text
 * is read once, however many phrases are looked for.
 */
export function mentionsIn(text: string): (phrase: string) => boolean {
  const haystack = phraseKey(text);
  return (phrase) => {
    const wanted = phraseKey(phrase);
    return wanted.trim() !== "" && haystack.includes(wanted);
  };
}

/**
 * The diagram as the review reads it: the drawn elements with only the fields read, so a large
 * scene travels as a small request.
 */
export function diagramForReview(elements: readonly DiagramElement[]): Diagram {
  return {
    elements: elements
      .filter((element) => element.isDeleted !== true)
      .map((element) => ({
        id: element.id,
        type: element.type,
        ...(element.type === "text"
          ? {
              text: element.text,
              originalText: element.originalText,
              containerId: element.containerId ?? null,
            }
          : {}),
        ...(element.type === "arrow"
          ? {
              startBinding: bindingOf(element.startBinding),
              endBinding: bindingOf(element.endBinding),
            }
          : {}),
      })),
  };
}

function bindingOf(binding: DiagramElement["startBinding"]): { elementId: string } | null {
  return binding == null ? null : { elementId: binding.elementId };
}
