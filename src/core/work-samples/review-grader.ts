import type { IssueLocation, ReviewFinding, ReviewIssue } from "./schema.ts";

/** A seeded issue as the candidate sees it after grading. */
export type GradedIssue = Omit<ReviewIssue, "terms">;

/** A seeded issue the review found, with every finding that matched it. */
export interface FoundIssue {
  issue: GradedIssue;
  findings: number[];
}

/** A finding that found nothing, and why. */
export interface FalsePositive {
  finding: number;
  reason: "no-issue-here" | "not-named";
  /** For `not-named`: the issue on those lines, which the finding did not name. */
  issueId?: string;
}

/** The graded review: indexes refer to the findings as sent. */
export interface GradedReview {
  found: FoundIssue[];
  missed: GradedIssue[];
  falsePositives: FalsePositive[];
  score: { found: number; total: number; falsePositives: number };
}

/**
 * Normalizes text for term matching: lower case, every run of characters that are not letters
 * or digits becomes one space, with a space at both ends ("Off-by-one!" → " off by one ").
 */
export function normalizeForMatching(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
}

/** Whether a finding's text names the issue: some term starts a word (or run of words) in it. */
export function namesIssue(text: string, issue: Pick<ReviewIssue, "terms">): boolean {
  const normalized = normalizeForMatching(text);
  return issue.terms.some((term) => {
    const wanted = normalizeForMatching(term).trimEnd();
    return wanted.trim() !== "" && normalized.includes(wanted);
  });
}

/** Every place an issue may be pointed at: its own lines first, then `alsoAt`. */
export function issueLocations(
  issue: Pick<ReviewIssue, "file" | "lines" | "alsoAt">,
): IssueLocation[] {
  return [{ file: issue.file, lines: issue.lines }, ...(issue.alsoAt ?? [])];
}

/** Whether a finding points at the issue: the same file and a line in one of its ranges. */
export function pointsAtIssue(
  finding: Pick<ReviewFinding, "file" | "line">,
  issue: Pick<ReviewIssue, "file" | "lines" | "alsoAt">,
): boolean {
  return issueLocations(issue).some(
    (at) => finding.file === at.file && finding.line >= at.lines[0] && finding.line <= at.lines[1],
  );
}

/**
 * Grades a code review against the seeded issues (docs/work-samples.md). A finding matches an
 * issue when it points at the issue's lines and names the problem (one of its terms starts a
 * word of the finding). Each issue is found at most once and each finding finds at most one
 * issue, paired so that as many issues as possible are found; a further finding that also matches
 * a found issue is listed with it rather than counted against the candidate. Every other finding
 * is a false positive: on lines with no issue, or on an issue's lines without naming it.
 *
 * @example
 * gradeReview(issues, [{ file: "src/env.ts", line: 14, text: "parseInt without a NaN check" }]);
 */
export function gradeReview(
  issues: readonly ReviewIssue[],
  findings: readonly ReviewFinding[],
): GradedReview {
  const matches = findings.map((finding) =>
    issues.flatMap((issue, index) =>
      pointsAtIssue(finding, issue) && namesIssue(finding.text, issue) ? [index] : [],
    ),
  );
  const pairing = maximumPairing(matches, issues.length);
  const foundBy = new Map<number, number[]>();
  pairing.forEach((issue, finding) => {
    if (issue !== undefined) foundBy.set(issue, [finding]);
  });
  const falsePositives: FalsePositive[] = [];
  findings.forEach((finding, index) => {
    if (pairing[index] !== undefined) return;
    const alsoFound = matches[index]?.find((issue) => foundBy.has(issue));
    if (alsoFound !== undefined) {
      foundBy.get(alsoFound)?.push(index);
      return;
    }
    const onLines = issues.find((issue) => pointsAtIssue(finding, issue));
    falsePositives.push(
      onLines === undefined
        ? { finding: index, reason: "no-issue-here" }
        : { finding: index, reason: "not-named", issueId: onLines.id },
    );
  });
  const found = [...foundBy.entries()]
    .sort(([a], [b]) => a - b)
    .map(([issue, by]) => ({
      issue: withoutTerms(issues[issue] as ReviewIssue),
      findings: by.sort((a, b) => a - b),
    }));
  const missed = issues.filter((_issue, index) => !foundBy.has(index)).map(withoutTerms);
  return {
    found,
    missed,
    falsePositives,
    score: { found: found.length, total: issues.length, falsePositives: falsePositives.length },
  };
}

function withoutTerms(issue: ReviewIssue): GradedIssue {
  const { terms: _terms, ...rest } = issue;
  return rest;
}

/**
 * A maximum matching of findings to issues (Kuhn's augmenting paths; reviews are small), tried in
 * the order the findings were written so the result is deterministic. `pairing[finding]` is the
 * issue it found, or undefined.
 */
function maximumPairing(matches: readonly number[][], issueCount: number): (number | undefined)[] {
  const owner: (number | undefined)[] = Array.from({ length: issueCount }, () => undefined);
  const tryFinding = (finding: number, visited: Set<number>): boolean => {
    for (const issue of matches[finding] ?? []) {
      if (visited.has(issue)) continue;
      visited.add(issue);
      const current = owner[issue];
      if (current === undefined || tryFinding(current, visited)) {
        owner[issue] = finding;
        return true;
      }
    }
    return false;
  };
  matches.forEach((_issues, finding) => tryFinding(finding, new Set()));
  const pairing: (number | undefined)[] = matches.map(() => undefined);
  owner.forEach((finding, issue) => {
    if (finding !== undefined) pairing[finding] = issue;
  });
  return pairing;
}
