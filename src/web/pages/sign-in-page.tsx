import { useState } from "react";
import { submitCredentials } from "../api/account.ts";
import { ErrorNote } from "../components/status.tsx";

/**
 * Accounts mode without a session: sign in, or create an account. Shown in place of every page
 * until a session exists; local mode never shows it.
 */
export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  async function submit(formElement: HTMLFormElement) {
    const form = new FormData(formElement);
    const value = (name: string) => {
      const entry = form.get(name);
      return typeof entry === "string" ? entry : "";
    };
    setBusy(true);
    setError(undefined);
    try {
      await submitCredentials({
        email: value("email").trim(),
        password: value("password"),
        ...(creating ? { name: value("name").trim() } : {}),
      });
      onSignedIn();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{creating ? "Create your account" : "Sign in"}</h1>
      <p className="status">
        This Candor server keeps each person&apos;s stories, interviews and drafts private to their
        account.
      </p>
      <form
        className="sign-in-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit(event.currentTarget);
        }}
      >
        {creating ? (
          <div className="field">
            <label htmlFor="account-name">Your name</label>
            <input id="account-name" name="name" autoComplete="name" required maxLength={100} />
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="account-email">Email</label>
          <input id="account-email" name="email" type="email" autoComplete="email" required />
        </div>
        <div className="field">
          <label htmlFor="account-password">Password</label>
          <input
            id="account-password"
            name="password"
            type="password"
            autoComplete={creating ? "new-password" : "current-password"}
            minLength={creating ? 10 : undefined}
            maxLength={128}
            required
            aria-describedby={creating ? "account-password-hint" : undefined}
          />
          {creating ? (
            <p className="field-hint" id="account-password-hint">
              At least 10 characters.
            </p>
          ) : null}
        </div>
        <ErrorNote>{error}</ErrorNote>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {creating ? "Create account" : "Sign in"}
          </button>
          <button
            type="button"
            className="button-plain"
            onClick={() => {
              setCreating(!creating);
              setError(undefined);
            }}
          >
            {creating ? "I have an account" : "Create an account"}
          </button>
        </div>
      </form>
    </section>
  );
}
