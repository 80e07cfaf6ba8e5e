import type { Clause } from "../clauses.ts";
import type { ParsedText, Token } from "../nlp.ts";

/** Pronouns that stand for another person: "she told me", "someone had to". */
export const PEOPLE_PRONOUNS: ReadonlySet<string> = new Set([
  "he",
  "she",
  "him",
  "her",
  "his",
  "hers",
  "himself",
  "herself",
  "someone",
  "somebody",
  "everyone",
  "everybody",
  "nobody",
]);

/** Nouns that name a person by role: "my manager", "the client", "a new hire". */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  `manager director vp cto ceo founder cofounder pm engineer designer researcher lead intern
  contractor customer client stakeholder recruiter teammate colleague coworker peer mentor mentee
  reviewer analyst architect auditor lawyer doctor nurse teacher student professor advisor partner
  boss supervisor hire candidate patient parent friend user people person team member staff
  colleague coworker vp head owner author physician surgeon editor officer cfo coo co-founder`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Those above the candidate, by role: "my manager", "our CTO", "the head of finance", "Priya, my
 * lead". Whose they are is read where they are used: "their lead" is not the candidate's.
 */
export const SUPERIOR_WORDS: ReadonlySet<string> = new Set(
  `manager boss supervisor director vp cto ceo cfo coo cpo head lead superior founder cofounder
  co-founder chief principal headteacher headmaster matron editor chair chairman president owner
  dean superintendent sergeant captain commander foreman registrar`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * True when a token names someone other than the candidate: a pronoun ("they" included, since a
 * subject that is wrong or late is usually people), a role, or a capitalised name the model does
 * not know as an ordinary word.
 */
export function namesAnotherPerson(token: Token): boolean {
  if (PEOPLE_PRONOUNS.has(token.normal) || token.normal === "they" || token.normal === "them") {
    return true;
  }
  if (token.pos === "NOUN" && ROLE_WORDS.has(token.lemma)) return true;
  // A role written as initials is tagged as a name: "the CEO waved it off", "our VP".
  if (token.pos === "PROPN" && /^\p{Lu}{2,4}$/u.test(token.value) && ROLE_WORDS.has(token.normal)) {
    return true;
  }
  return token.pos === "PROPN" && !token.common && /^\p{Lu}\p{Ll}+$/u.test(token.value);
}

/** Whether a word of the clause's written subject passes the test. */
export function subjectHas(
  parsed: ParsedText,
  clause: Clause,
  test: (token: Token) => boolean,
): boolean {
  const { subject } = clause;
  if (subject === undefined) return false;
  return parsed.tokens.slice(subject.first, subject.last + 1).some(test);
}

/** Whether the clause's written subject names another person: "she", "the director", "Priya". */
export function subjectIsAPerson(parsed: ParsedText, clause: Clause): boolean {
  return subjectHas(parsed, clause, namesAnotherPerson);
}
