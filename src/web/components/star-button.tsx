import { useState } from "react";
import { apiRequest, ApiError } from "../api/client.ts";

/** Stars or unstars a question for the current user, saving at once. */
export function StarButton(props: { questionId: string; starred: boolean; prompt: string }) {
  const [starred, setStarred] = useState(props.starred);
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  async function toggle() {
    setSaving(true);
    setError(undefined);
    try {
      const result = await apiRequest<{ starred: boolean }>(
        `/questions/${encodeURIComponent(props.questionId)}/star`,
        { method: starred ? "DELETE" : "PUT" },
      );
      setStarred(result.starred);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "Could not save the star.");
    } finally {
      setSaving(false);
    }
  }

  return (
    <span className="star">
      <button
        type="button"
        className={starred ? "star-button is-starred" : "star-button"}
        aria-pressed={starred}
        aria-label={`Star: ${props.prompt}`}
        disabled={saving}
        onClick={() => void toggle()}
      >
        <span aria-hidden="true">{starred ? "★" : "☆"}</span>
      </button>
      {error === undefined ? null : (
        <span role="alert" className="inline-error">
          {error}
        </span>
      )}
    </span>
  );
}
