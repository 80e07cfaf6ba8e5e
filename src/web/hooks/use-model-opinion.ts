import { useState } from "react";
import type { SecondOpinionStatus } from "../../core/api/second-opinion.ts";
import { ApiError } from "../api/client.ts";
import { useApi } from "./use-api.ts";

/** Where a request for a model's opinion stands. */
export type OpinionState<T> =
  | { kind: "idle" }
  | { kind: "asking" }
  | { kind: "done"; answer: T }
  | { kind: "failed"; message: string };

/**
 * A second opinion asked for on demand: `model` names the configured model, or is undefined when
 * none is (the panel then shows nothing); `ask` runs the request and keeps its answer or why it
 * failed, in words from the server.
 */
export function useModelOpinion<T>(request: () => Promise<T>): {
  model: string | undefined;
  state: OpinionState<T>;
  ask: () => Promise<void>;
} {
  const status = useApi<SecondOpinionStatus>("/second-opinion");
  const [state, setState] = useState<OpinionState<T>>({ kind: "idle" });
  const available = status.status === "ready" && status.data.available;
  const model = available ? (status.data.model ?? "the language model") : undefined;

  async function ask() {
    setState({ kind: "asking" });
    try {
      setState({ kind: "done", answer: await request() });
    } catch (error) {
      const message = error instanceof ApiError ? error.message : "The second opinion failed.";
      setState({ kind: "failed", message });
    }
  }
  return { model, state, ask };
}
