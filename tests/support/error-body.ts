import { ERROR_CATALOGUE, type ErrorCode } from "../../src/core/api/errors.ts";

// A V8 stack frame ("at fn (file:///…/x.ts:12:5)") or a path into the installed packages.
const STACK = /\bat (?:async )?\S*\s?\(?(?:file:\/\/|\/|node:)[^\s)]*:\d+:\d+|node_modules\//;
// What a database error carries when it escapes: drizzle's wrapper, SQL text, PostgreSQL's words.
const SQL = [
  /Failed query/i,
  /\bparams: /,
  /\b(?:select|insert into|update|delete from)\b[^"\n]{0,60}"[a-z_]+"/i,
  /\bfrom "[a-z_]+"/i,
  /\b(?:relation|column) "[a-z_]+"/i,
  /violates (?:foreign key|unique|not-null|check) constraint/i,
  /syntax error at or near/i,
  /invalid input syntax for/i,
  /unsupported Unicode escape/i,
  /invalid byte sequence/i,
];

/** What is wrong with a response: 5xx, an error body off the documented shape, a stack or SQL. */
export function responseProblems(response: {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
  method: string;
}): string[] {
  const problems: string[] = [];
  const { statusCode, body } = response;
  if (statusCode >= 500) problems.push(`answered ${String(statusCode)}`);
  if (STACK.test(body)) problems.push("the body holds a stack trace");
  if (statusCode >= 400) {
    if (SQL.some((pattern) => pattern.test(body))) problems.push("the body holds SQL");
    if (response.method !== "HEAD") problems.push(...errorBodyProblems(statusCode, body));
  }
  return problems;
}

/** How an error body departs from `{"error": {"code", "message", "details"?}}` with a known code. */
export function errorBodyProblems(statusCode: number, body: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [`the error body is not JSON: ${body.slice(0, 120)}`];
  }
  if (!isRecord(parsed) || Object.keys(parsed).join() !== "error" || !isRecord(parsed["error"])) {
    return [`the error body is not {"error": {...}}: ${body.slice(0, 120)}`];
  }
  const error = parsed["error"];
  const problems: string[] = [];
  const extra = Object.keys(error).filter((key) => !["code", "message", "details"].includes(key));
  if (extra.length > 0) problems.push(`the error has unexpected keys ${extra.join(", ")}`);
  const code = error["code"];
  if (typeof code !== "string" || !(code in ERROR_CATALOGUE)) {
    problems.push(`the error code ${JSON.stringify(code)} is not in the catalogue`);
  } else if (ERROR_CATALOGUE[code as ErrorCode].status !== statusCode) {
    problems.push(
      `the code ${code} is documented as ${String(ERROR_CATALOGUE[code as ErrorCode].status)}, not ${String(statusCode)}`,
    );
  }
  if (typeof error["message"] !== "string" || error["message"] === "") {
    problems.push("the error has no message");
  }
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
