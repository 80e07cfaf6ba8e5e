import { useState } from "react";
import { useNavigate, useOutletContext } from "react-router";
import { LOCAL_DELETE_WORD } from "../../core/api/account.ts";
import { ACCOUNT_EXPORT_URL, deleteAccount, signOut, type AccountState } from "../api/account.ts";
import { ErrorNote } from "../components/status.tsx";

/** What the page frame hands its pages about who is signed in. */
export interface AccountContext {
  account: AccountState;
  /** Asks the server again who is signed in, after signing out or deleting the account. */
  refreshAccount: () => void;
}

/**
 * The person's own data: download all of it, delete all of it (the account too, in accounts
 * mode), and sign out.
 */
export function AccountPage() {
  const { account, refreshAccount } = useOutletContext<AccountContext>();
  const navigate = useNavigate();
  const withAccounts = account.mode === "accounts";
  const [confirm, setConfirm] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);

  async function remove() {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const result = await deleteAccount(confirm);
      setConfirm("");
      if (withAccounts) {
        // The session is gone: the frame shows the sign-in page from here.
        await navigate("/");
        refreshAccount();
        return;
      }
      const rows = Object.values(result.removed).reduce((sum, n) => sum + n, 0);
      setDone(`Deleted all of your data (${String(rows)} ${rows === 1 ? "record" : "records"}).`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  const confirmWord = withAccounts ? "your email address" : `“${LOCAL_DELETE_WORD}”`;
  return (
    <section className="account-page" aria-labelledby="account-title">
      <header className="page-header">
        <h1 id="account-title">{withAccounts ? "Your account" : "Your data"}</h1>
        <p className="lede">
          {withAccounts && account.user !== null
            ? `Signed in as ${account.user.name}. `
            : "Everything is kept on this computer, in Candor's data folder. "}
          Download a copy of everything you have saved, or delete it.
        </p>
      </header>

      <section className="account-section" aria-labelledby="download-title">
        <h2 id="download-title">Download my data</h2>
        <p>
          One JSON file with your profile, your stories and every version of them, your interviews
          with each turn and report, your code drafts, your assessment sessions and your starred
          questions. It holds no password.
        </p>
        <a className="button button-primary" href={ACCOUNT_EXPORT_URL} download>
          Download my data
        </a>
      </section>

      {withAccounts ? (
        <section className="account-section" aria-labelledby="sign-out-title">
          <h2 id="sign-out-title">Sign out</h2>
          <p>Ends this browser&apos;s session. Your data stays in your account.</p>
          <button
            type="button"
            className="button"
            onClick={() => void signOut().then(refreshAccount, refreshAccount)}
          >
            Sign out
          </button>
        </section>
      ) : null}

      <section className="account-section account-danger" aria-labelledby="delete-title">
        <h2 id="delete-title">{withAccounts ? "Delete my account" : "Delete all my data"}</h2>
        <p>
          {withAccounts
            ? "Deletes your account, your stories, interviews, drafts, assessment sessions and stars, and signs you out everywhere. This cannot be undone."
            : "Deletes your stories, interviews, drafts, assessment sessions and stars from this computer. Candor keeps working, empty. This cannot be undone."}{" "}
          Download your data first if you may want it back.
        </p>
        <form
          className="account-delete-form"
          onSubmit={(event) => {
            event.preventDefault();
            void remove();
          }}
        >
          <div className="field">
            <label htmlFor="delete-confirm">Type {confirmWord} to confirm</label>
            <input
              id="delete-confirm"
              name="confirm"
              type={withAccounts ? "email" : "text"}
              autoComplete="off"
              value={confirm}
              onChange={(event) => setConfirm(event.currentTarget.value)}
              required
            />
          </div>
          <ErrorNote>{error}</ErrorNote>
          {done === undefined ? null : (
            <p className="status" role="status">
              {done}
            </p>
          )}
          <div className="form-actions">
            <button
              type="submit"
              className="button button-danger"
              disabled={busy || confirm.trim() === ""}
            >
              {withAccounts ? "Delete my account" : "Delete all my data"}
            </button>
          </div>
        </form>
      </section>
    </section>
  );
}
