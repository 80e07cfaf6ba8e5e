import { useCallback, useEffect, useState } from "react";
import { NavLink, Outlet, useLocation } from "react-router";
import { fetchAccountState, signOut, type AccountState } from "../api/account.ts";
import type { AccountContext } from "../pages/account-page.tsx";
import { ResetPasswordPage } from "../pages/reset-password-page.tsx";
import { SignInPage } from "../pages/sign-in-page.tsx";
import { ThemeToggle } from "./theme-toggle.tsx";
import { ErrorNote } from "./status.tsx";

/** The capabilities that exist today; the navigation never shows a placeholder. */
const NAV_ITEMS = [
  { to: "/guide", label: "Guide" },
  { to: "/questions", label: "Questions" },
  { to: "/practice", label: "Practice" },
  { to: "/problems", label: "Problems" },
  { to: "/stories", label: "Stories" },
  { to: "/interviews", label: "Interviews" },
  { to: "/assessments", label: "Assessments" },
  { to: "/work-samples", label: "Work samples" },
  { to: "/plan", label: "Plan" },
  { to: "/progress", label: "Progress" },
] as const;

/**
 * Which mode the server runs in and who is signed in, asked once and again after signing in or
 * out; undefined while the first answer is on its way.
 */
function useAccountState(): [AccountState | undefined, string | undefined, () => void] {
  const [state, setState] = useState<AccountState | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    fetchAccountState(controller.signal).then(
      (answer) => {
        setState(answer);
        setError(undefined);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
    return () => controller.abort();
  }, [asked]);
  const askAgain = useCallback(() => setAsked((n) => n + 1), []);
  return [state, error, askAgain];
}

/** The signed-in person's name, leading to their account page, and a way out: accounts mode only. */
function AccountMenu({ name, onSignedOut }: { name: string; onSignedOut: () => void }) {
  return (
    <div className="account-menu">
      <NavLink to="/account" className="account-name" aria-label={`${name}: your account`}>
        {name}
      </NavLink>
      <button
        type="button"
        className="button-plain"
        onClick={() => void signOut().then(onSignedOut, onSignedOut)}
      >
        Sign out
      </button>
    </div>
  );
}

/** The page frame: skip link, header with navigation, main content and footer. */
export function Layout() {
  const [account, accountError, askAgain] = useAccountState();
  const { pathname } = useLocation();
  const signedOut = account?.mode === "accounts" && account.user === null;
  let content;
  if (accountError !== undefined) {
    content = <ErrorNote>{accountError}</ErrorNote>;
  } else if (account === undefined) {
    content = <p className="status">Loading…</p>;
  } else if (signedOut) {
    // A reset link is opened by someone who cannot sign in: the one page open without a session.
    content =
      pathname === "/reset-password" ? <ResetPasswordPage /> : <SignInPage onSignedIn={askAgain} />;
  } else {
    const context: AccountContext = { account, refreshAccount: askAgain };
    content = <Outlet context={context} />;
  }
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <NavLink to="/" className="brand" aria-label="Candor, home">
            <span className="brand-mark" aria-hidden="true">
              C
            </span>
            <span className="brand-word">Candor</span>
          </NavLink>
          {signedOut ? null : (
            <nav aria-label="Main">
              <ul className="nav-list">
                {NAV_ITEMS.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to}>{item.label}</NavLink>
                  </li>
                ))}
                {account?.mode === "accounts" ? (
                  <li>
                    <NavLink to="/cohorts">Cohorts</NavLink>
                  </li>
                ) : null}
              </ul>
            </nav>
          )}
          {account?.mode === "accounts" && account.user !== null ? (
            <AccountMenu name={account.user.name} onSignedOut={askAgain} />
          ) : null}
          <ThemeToggle />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {content}
      </main>
      <footer className="site-footer">
        <p>
          Candor is for practice. It never listens to a live interview and never feeds answers
          during one.
        </p>
        {account?.mode === "local" ? (
          <p>
            <NavLink to="/account">Your data: download or delete it</NavLink>
          </p>
        ) : null}
      </footer>
    </>
  );
}
