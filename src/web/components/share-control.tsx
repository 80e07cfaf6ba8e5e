import { useState } from "react";
import { Link, useOutletContext } from "react-router";
import {
  revokeShare,
  shareItem,
  type CohortList,
  type ShareKind,
  type ShareList,
} from "../api/cohorts.ts";
import { ApiError } from "../api/client.ts";
import { useApi } from "../hooks/use-api.ts";
import type { AccountContext } from "../pages/account-page.tsx";

/**
 * "Share with cohort" for one story or interview, or for the user's progress: the cohorts it is shared with, each with a way
 * to take it back, and the cohorts the user learns in that could see it. Accounts mode only;
 * nothing is shared until the user asks.
 */
export function ShareControl(props: { kind: ShareKind; itemId?: string }) {
  const { account } = useOutletContext<AccountContext>();
  if (account.mode !== "accounts") return null;
  return <ShareWithCohort {...props} />;
}

function ShareWithCohort({ kind, itemId }: { kind: ShareKind; itemId?: string | undefined }) {
  const cohorts = useApi<CohortList>("/cohorts");
  const shares = useApi<ShareList>("/shares");
  const [choice, setChoice] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  if (cohorts.status !== "ready" || shares.status !== "ready") return null;
  const learning = cohorts.data.cohorts.filter((cohort) => cohort.membership === "learner");
  const current = shares.data.shares.filter(
    // Progress is the user's own as a whole: one share per cohort, whatever its item.
    (share) => share.kind === kind && (kind === "progress" || share.itemId === itemId),
  );
  const open = learning.filter((cohort) => !current.some((share) => share.cohort.id === cohort.id));
  const selected = open.some((cohort) => cohort.id === choice) ? choice : (open[0]?.id ?? "");
  const what = kind;
  const key = itemId ?? kind;

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      shares.reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "That did not work; try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel share-control" aria-labelledby={`share-${key}`}>
      <h2 id={`share-${key}`} className="section-heading">
        Share with cohort
      </h2>
      {current.length === 0 ? (
        <p className="field-hint">
          Private: no coach sees this {what} until you share it with one of your cohorts.
          {kind === "progress"
            ? " Shared, it shows your scores, flags and rounds over time, never your answers or stories."
            : ""}
        </p>
      ) : (
        <ul className="share-list">
          {current.map((share) => (
            <li key={share.id}>
              <span>
                Shared with the coaches of <strong>{share.cohort.name}</strong>
              </span>
              <button
                type="button"
                className="button button-quiet"
                disabled={busy}
                onClick={() => void run(() => revokeShare(share.id))}
              >
                Stop sharing with {share.cohort.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {learning.length === 0 ? (
        <p className="field-hint">
          You are not a learner in any cohort yet: an invitation link from your cohort&apos;s
          administrator lets you join. <Link to="/cohorts">Your cohorts</Link>
        </p>
      ) : open.length === 0 ? null : (
        <form
          className="share-form"
          onSubmit={(event) => {
            event.preventDefault();
            void run(() => shareItem(selected, kind, itemId));
          }}
        >
          <div className="field">
            <label htmlFor={`share-cohort-${key}`}>Cohort</label>
            <select
              id={`share-cohort-${key}`}
              value={selected}
              onChange={(event) => setChoice(event.currentTarget.value)}
            >
              {open.map((cohort) => (
                <option key={cohort.id} value={cohort.id}>
                  {cohort.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button" disabled={busy || selected === ""}>
            Share this {what}
          </button>
        </form>
      )}
      {error === undefined ? null : (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
    </section>
  );
}
