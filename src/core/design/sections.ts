// Splits a design answer into the template's steps by its Markdown headings, and each step into
// the sentences a review quotes, with offsets into the whole answer.
import { parseText, type ParsedText, sentenceTokens } from "../analysis/nlp.ts";
import { type DesignStep, stepOfHeading } from "./steps.ts";

/** One sentence of the answer: its text and where it sits in the whole answer. */
export interface Unit {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The content words' lemmas, lower-cased. */
  readonly lemmas: readonly string[];
}

/** A step's part of the answer. */
export interface Section {
  readonly step: DesignStep;
  readonly units: readonly Unit[];
}

/** The answer read by step; `headed` is false when no heading named a step. */
export interface SectionedDesign {
  readonly headed: boolean;
  readonly sections: ReadonlyMap<DesignStep, Section>;
  /** Every sentence of the answer, headed or not, in reading order. */
  readonly all: readonly Unit[];
}

const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ", "NUM"]);

/** The sentences of one line of the answer, offsets shifted to the whole answer. */
function unitsOfLine(line: string, offset: number): Unit[] {
  const body = line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, (bullet) => " ".repeat(bullet.length));
  if (body.trim() === "") return [];
  const parsed: ParsedText = parseText(body);
  return parsed.sentences.map((sentence) => {
    const tokens = sentenceTokens(parsed, sentence.index);
    return {
      text: body.slice(sentence.start, sentence.end),
      start: offset + sentence.start,
      end: offset + sentence.end,
      lemmas: tokens
        .filter((token) => token.isWord && CONTENT_POS.has(token.pos))
        .map((token) => token.lemma.toLowerCase()),
    };
  });
}

/** Reads the answer's headings and sentences. */
export function sectionDesign(text: string): SectionedDesign {
  const sections = new Map<DesignStep, Unit[]>();
  const all: Unit[] = [];
  let current: DesignStep | undefined;
  let offset = 0;
  for (const line of text.split("\n")) {
    const step = stepOfHeading(line);
    if (step !== undefined) {
      current = step;
      if (!sections.has(step)) sections.set(step, []);
    } else {
      const units = unitsOfLine(line, offset);
      all.push(...units);
      if (current !== undefined) sections.get(current)?.push(...units);
    }
    offset += line.length + 1;
  }
  return {
    headed: sections.size > 0,
    sections: new Map([...sections].map(([step, units]) => [step, { step, units }])),
    all,
  };
}
