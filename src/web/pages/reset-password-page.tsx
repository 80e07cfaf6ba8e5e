import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { resetPassword } from "../api/account.ts";
import { ApiError } from "../api/client.ts";
import { ErrorNote } from "../components/status.tsx";

/**
 * Where a reset link (`candor users reset-link`) opens: a new password for the account, once.
 * Reachable without a session.
 */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  async function submit(formElement: HTMLFormElement) {
    const entry = new FormData(formElement).get("password");
    setBusy(true);
    setError(undefined);
    try {
      await resetPassword(token, typeof entry === "string" ? entry : "");
      setDone(true);
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === "INVALID_TOKEN") {
        setError("This link was used already or has expired. Ask for a new one.");
      } else {
        setError(failure instanceof Error ? failure.message : String(failure));
      }
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <section className="sign-in" aria-labelledby="reset-title">
        <h1 id="reset-title">Password set</h1>
        <p>
          Your new password works now, and every other session of your account was signed out.{" "}
          <Link to="/">Sign in</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="sign-in" aria-labelledby="reset-title">
      <h1 id="reset-title">Set a new password</h1>
      {token === "" ? (
        <ErrorNote>
          This address has no reset token. Ask whoever runs this Candor for a new link.
        </ErrorNote>
      ) : (
        <form
          className="sign-in-form"
          onSubmit={(event) => {
            event.preventDefault();
            void submit(event.currentTarget);
          }}
        >
          <div className="field">
            <label htmlFor="new-password">New password</label>
            <input
              id="new-password"
              name="password"
              type="password"
              autoComplete="new-password"
              minLength={10}
              maxLength={128}
              required
              aria-describedby="new-password-hint"
            />
            <p className="field-hint" id="new-password-hint">
              At least 10 characters. The link works once.
            </p>
          </div>
          <ErrorNote>{error}</ErrorNote>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              Set password
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
