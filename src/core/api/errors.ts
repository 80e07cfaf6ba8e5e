/**
 * Every error a client can be told about: its HTTP status, stable code and default message. The
 * server answers with these and the web client reads them, so a status changes here only.
 */
export const ERROR_CATALOGUE = {
  "invalid-request": { status: 400, message: "The request is not valid." },
  "invalid-json": { status: 400, message: "The request body is not valid JSON." },
  "empty-answer": { status: 400, message: "The answer is empty." },
  "answer-too-long": { status: 413, message: "The answer is too long to analyse." },
  "invalid-story-bank": { status: 400, message: "The story bank document could not be read." },
  "interview-over": { status: 409, message: "This interview is no longer active." },
  "turn-changed": { status: 409, message: "The interview moved on; reload it." },
  "edited-elsewhere": {
    status: 409,
    message: "This was changed in another tab or window since you opened it; reload it.",
  },
  "assessment-over": {
    status: 409,
    message: "This assessment is over; its results can no longer change.",
  },
  "design-over": {
    status: 409,
    message: "This timed design is closed: its time is up or it was submitted.",
  },
  "level-locked": {
    status: 409,
    message: "That level is locked until every test of the level before it passes.",
  },
  unauthenticated: {
    status: 401,
    message: "Sign in first: this server keeps each user's data private to their account.",
  },
  "host-not-allowed": {
    status: 403,
    message: "This server does not answer to that name.",
  },
  "origin-not-allowed": {
    status: 403,
    message: "A page from another origin may not change data here.",
  },
  forbidden: { status: 403, message: "Only an administrator can do that." },
  "invitation-expired": {
    status: 410,
    message: "This invitation has expired or was revoked; ask for a new link.",
  },
  "not-found": { status: 404, message: "Nothing was found at that address." },
  "method-not-allowed": { status: 405, message: "That method is not allowed here." },
  "payload-too-large": { status: 413, message: "The request body is too large." },
  "unsupported-media-type": {
    status: 415,
    message: "Send the request body as application/json.",
  },
  "request-timeout": { status: 408, message: "The request took too long to arrive." },
  "headers-too-large": { status: 431, message: "The request's headers are too large." },
  "rate-limited": { status: 429, message: "Too many requests; try again shortly." },
  "internal-error": { status: 500, message: "Something went wrong on our side." },
  unavailable: { status: 503, message: "The service is not available right now." },
  "no-language-model": {
    status: 503,
    message:
      "No language model is configured: set ANTHROPIC_API_KEY or CANDOR_LLM_BASE_URL for a second opinion.",
  },
  "invalid-audio": {
    status: 400,
    message: "The audio is not a 16-bit PCM WAV file.",
  },
  "no-speech-engine": {
    status: 503,
    message:
      "No speech-to-text engine is available: install pocketsphinx, pocketsphinx-en-us and sox, or set CANDOR_STT_BASE_URL.",
  },
  "speech-engine-failed": {
    status: 502,
    message: "The speech-to-text engine could not transcribe the recording.",
  },
  "language-model-failed": {
    status: 502,
    message: "The language model could not give a second opinion; the offline coach's stands.",
  },
} as const satisfies Record<string, { status: number; message: string }>;

/** A stable error code of the API. */
export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** Whether a string is one of the API's error codes. */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CATALOGUE, code);
}

/** The HTTP status the API answers an error code with. */
export function statusOf(code: ErrorCode): number {
  return ERROR_CATALOGUE[code].status;
}

/** One field a 400 names: where the request was wrong and how. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** The body every error answer carries: `{"error": {"code", "message", "details"?}}`. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}
