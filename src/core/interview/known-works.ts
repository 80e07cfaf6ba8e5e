import { compilePhrases, findPhrases, parseText } from "./analysis-helpers.ts";
import type { KnownWork, WhyCompanyVerdict } from "./types.ts";

/**
 * The company pack's published work a "why us" answer can name: the reading list of the guide plus
 * the models and products. Callers may pass their own list when the pack changes.
 */
export const DEFAULT_KNOWN_WORKS: readonly KnownWork[] = [
  {
    name: "Constitutional AI",
    aliases: ["constitutional ai", "claude's constitution", "constitutional classifiers"],
  },
  {
    name: "Interpretability research",
    aliases: [
      "interpretability",
      "superposition",
      "monosemanticity",
      "dictionary learning",
      "sparse autoencoders",
      "circuit tracing",
      "attribution graphs",
      "golden gate claude",
    ],
  },
  {
    name: "Responsible Scaling Policy",
    aliases: [
      "responsible scaling policy",
      "rsp",
      "ai safety levels",
      "asl-2",
      "asl-3",
      "asl-4",
      "scaling policy",
    ],
  },
  { name: "Machines of Loving Grace", aliases: ["machines of loving grace"] },
  { name: "The Adolescence of Technology", aliases: ["adolescence of technology"] },
  { name: "Core Views on AI Safety", aliases: ["core views on ai safety"] },
  { name: "Claude", aliases: ["claude", "claude code", "opus", "sonnet", "haiku"] },
  { name: "Model Context Protocol", aliases: ["model context protocol", "mcp"] },
  { name: "Sleeper Agents", aliases: ["sleeper agents"] },
  { name: "Alignment faking", aliases: ["alignment faking"] },
  { name: "Many-shot jailbreaking", aliases: ["many-shot jailbreaking"] },
  { name: "Long-Term Benefit Trust", aliases: ["long-term benefit trust"] },
];

// A view is a judgement held by the speaker: a stance verb in the first person, or an evaluative
// word about the work. Liking alone ("I love Claude") is not a view unless a reason follows.
const STANCE = compilePhrases([
  "i think|believe|find|doubt|suspect|wonder|question|disagree|agree|worry|expect",
  "i be convinced|skeptical|sceptical|unconvinced|unsure|persuaded|worried|concerned|torn|wary",
  "i be not convinced|sure|persuaded",
  "my view|take|worry|concern|doubt|reservation|criticism|question",
  "what convince|convinced|struck|worry|worries|bother|bothers me",
  "convincing|unconvincing|persuasive|compelling|credible|naive|overstated|underrated|vague|weak",
  "the problem|risk|weakness|strength|flaw|catch with|of|be",
  "too vague|broad|narrow|slow|fast|weak|optimistic|cautious|early",
  "i would push back|change",
]);

const LIKING = compilePhrases(["i like|love|admire|appreciate|respect"]);
const REASON = compilePhrases(["because", "since", "which mean|means", "so that"]);

interface Mention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Every mention of a known work in the text, in reading order. */
export function findKnownWorks(text: string, works: readonly KnownWork[]): Mention[] {
  const mentions: Mention[] = [];
  for (const work of works) {
    for (const alias of work.aliases) {
      // Spaces and hyphens vary in speech-to-text output ("asl 3", "long term benefit trust").
      const pattern = alias
        .toLowerCase()
        .split(/[\s-]+/)
        .map(escapeRegExp)
        .join("[\\s-]+");
      // A word inside a hyphenated word ("opus-like", "pre-rsp") is not a mention.
      const regex = new RegExp(`(?<![\\p{L}\\p{N}]-?)${pattern}(?!-?[\\p{L}\\p{N}])`, "giu");
      for (const match of text.matchAll(regex)) {
        mentions.push({ name: work.name, start: match.index, end: match.index + match[0].length });
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  // "Responsible Scaling Policy" also contains the alias "scaling policy": one mention, not two.
  return mentions.filter((mention, i) => !mentions.slice(0, i).some((o) => o.end >= mention.end));
}

/**
 * Judges a "why this company" answer: does it name a real piece of the company's work, and does
 * it state a view on it (in the sentence that names it or the next)?
 */
export function judgeWhyCompany(
  questionId: string,
  text: string,
  works: readonly KnownWork[],
): WhyCompanyVerdict {
  const mentions = findKnownWorks(text, works);
  const parsed = parseText(text);
  const named = new Map<string, string>();
  let viewQuote: string | undefined;
  for (const mention of mentions) {
    const at = parsed.sentences.findIndex((s) => s.start <= mention.start && mention.start < s.end);
    const sentence = parsed.sentences[at];
    if (sentence === undefined) continue;
    if (!named.has(mention.name)) {
      named.set(mention.name, text.slice(sentence.start, sentence.end));
    }
    if (viewQuote !== undefined) continue;
    for (const index of [at, at + 1]) {
      const candidate = parsed.sentences[index];
      if (candidate === undefined) continue;
      const from = candidate.firstToken;
      const to = candidate.lastToken;
      const stance = findPhrases(parsed, STANCE, from, to).length > 0;
      const reasonedLiking =
        findPhrases(parsed, LIKING, from, to).length > 0 &&
        findPhrases(parsed, REASON, from, to).length > 0;
      if (stance || reasonedLiking) {
        viewQuote = text.slice(candidate.start, candidate.end);
        break;
      }
    }
  }
  const list = [...named].map(([name, quote]) => ({ name, quote }));
  const names = list.map((work) => work.name).join(", ");
  if (list.length === 0) {
    return {
      questionId,
      verdict: "generic",
      works: [],
      summary:
        "Names no piece of the company's work: the reason would fit any lab. Name one paper, policy or product and say what you think of it.",
    };
  }
  if (viewQuote === undefined) {
    return {
      questionId,
      verdict: "named-without-view",
      works: list,
      summary: `Names ${names} but states no view on it: say what convinced you and what you doubt.`,
    };
  }
  return {
    questionId,
    verdict: "specific-with-view",
    works: list,
    viewQuote,
    summary: `Names ${names} and states a view on it.`,
  };
}
