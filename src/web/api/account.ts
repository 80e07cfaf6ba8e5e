import type { AccountResponse, DeleteAccountResponse } from "../../core/api/account.ts";
import { ApiError, apiRequest } from "./client.ts";

/** Who is using the app: local mode (no accounts), or accounts mode with or without a session. */
export type AccountState = AccountResponse;

/** Asks the server which mode it runs in and who is signed in. */
export function fetchAccountState(signal?: AbortSignal): Promise<AccountState> {
  return apiRequest<AccountState>("/account", signal === undefined ? {} : { signal });
}

/** What a sign-in or sign-up form sends. */
export interface Credentials {
  email: string;
  password: string;
  /** Sign-up only: the name the app shows. */
  name?: string;
}

/** Signs in, or signs up with a name; throws with better-auth's message when refused. */
export async function submitCredentials(credentials: Credentials): Promise<void> {
  const path = credentials.name === undefined ? "sign-in/email" : "sign-up/email";
  const response = await fetch(`/api/auth/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(credentials),
  });
  if (response.ok) return;
  throw await authError(response);
}

// better-auth's errors are `{ "code", "message" }`, not the rest of the API's shape.
async function authError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => undefined)) as
    { code?: string; message?: string } | undefined;
  return new ApiError(
    response.status,
    body?.code ?? "unknown",
    body?.message ?? `The server answered ${String(response.status)}.`,
  );
}

/** Ends this browser's session. */
export async function signOut(): Promise<void> {
  const response = await fetch("/api/auth/sign-out", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  if (!response.ok) throw await ApiError.fromResponse(response);
}

/** Sets a new password with the token of a reset link; throws with better-auth's message. */
export async function resetPassword(token: string, newPassword: string): Promise<void> {
  const response = await fetch("/api/auth/reset-password", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token, newPassword }),
  });
  if (response.ok) return;
  throw await authError(response);
}

/** Where the browser downloads everything the user owns, as one JSON file. */
export const ACCOUNT_EXPORT_URL = "/api/account/export";

/**
 * Deletes the account and everything it owns (in local mode: all of the local user's data);
 * `confirm` is the account's email, or "delete" in local mode.
 */
export function deleteAccount(confirm: string): Promise<DeleteAccountResponse> {
  return apiRequest<DeleteAccountResponse>("/account", { method: "DELETE", body: { confirm } });
}
