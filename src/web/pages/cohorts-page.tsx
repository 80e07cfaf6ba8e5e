import { useState } from "react";
import { Link, useOutletContext } from "react-router";
import {
  createCohort,
  leaveCohort,
  revokeShare,
  shareLabel,
  type CohortList,
  type CohortSharedView,
  type CohortSummary,
  type ShareList,
  type ShareView,
} from "../api/cohorts.ts";
import { ApiError } from "../api/client.ts";
import { formatSavedAt } from "../api/stories.ts";
import { CohortInvitations } from "../components/cohort-invitations.tsx";
import { CohortMembers } from "../components/cohort-members.tsx";
import { LoadError, Loading } from "../components/status.tsx";
import { useApi } from "../hooks/use-api.ts";
import type { AccountContext } from "./account-page.tsx";

/** Where the owner opens one of their shared items. */
function ownItemPath(share: ShareView): string {
  if (share.kind === "progress") return "/progress";
  return share.kind === "story" ? `/stories/${share.itemId}` : `/interviews/${share.itemId}/report`;
}

/**
 * Cohorts: an administrator makes them and their invitation links; a coach sees each learner and
 * what they chose to share; a learner sees the cohorts they joined and what they share.
 */
export function CohortsPage() {
  const { account } = useOutletContext<AccountContext>();
  return (
    <section className="page cohorts-page" aria-labelledby="cohorts-title">
      <header className="page-header">
        <h1 id="cohorts-title">Cohorts</h1>
        <p className="lede">
          A cohort is a group of learners and their coaches. Learners share one story or interview
          at a time with it, or their progress, and take it back whenever they like; coaches see
          nothing else.
        </p>
      </header>
      {account.mode === "accounts" ? (
        <CohortSections />
      ) : (
        <p className="notice">
          Cohorts need accounts mode: start Candor with <code>CANDOR_AUTH=accounts</code> so that
          each person signs in to their own account (see the deployment guide). On this computer
          everything you save stays yours alone.
        </p>
      )}
    </section>
  );
}

function CohortSections() {
  const cohorts = useApi<CohortList>("/cohorts");
  if (cohorts.status === "loading") return <Loading what="your cohorts" />;
  if (cohorts.status === "error") {
    return <LoadError error={cohorts.error} onRetry={cohorts.reload} />;
  }
  const { admin, cohorts: list } = cohorts.data;
  const coaching = list.filter((cohort) => cohort.membership === "coach");
  const learning = list.filter((cohort) => cohort.membership === "learner");
  return (
    <>
      {admin ? <AdminSection cohorts={list} onChanged={cohorts.reload} /> : null}
      {coaching.map((cohort) => (
        <CoachSection key={cohort.id} cohort={cohort} onLeft={cohorts.reload} />
      ))}
      {learning.length > 0 ? <LearnerSection cohorts={learning} onLeft={cohorts.reload} /> : null}
      {!admin && list.length === 0 ? (
        <p className="empty">
          You are in no cohort yet. Open the invitation link your cohort&apos;s administrator sent
          you to join it.
        </p>
      ) : null}
    </>
  );
}

function AdminSection(props: { cohorts: CohortSummary[]; onChanged: () => void }) {
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function create() {
    setBusy(true);
    setError(undefined);
    try {
      await createCohort(name);
      setName("");
      props.onChanged();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "The cohort could not be made.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="cohort-section" aria-labelledby="admin-title">
      <h2 id="admin-title" className="section-heading">
        Cohorts you administer
      </h2>
      <form
        className="cohort-create"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <div className="field">
          <label htmlFor="cohort-name">New cohort&apos;s name</label>
          <input
            id="cohort-name"
            value={name}
            maxLength={120}
            required
            onChange={(event) => setName(event.currentTarget.value)}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          Create cohort
        </button>
      </form>
      {error === undefined ? null : (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
      {props.cohorts.map((cohort) => (
        <CohortInvitations key={cohort.id} cohort={cohort}>
          <CohortMembers key={cohort.name} cohort={cohort} onChanged={props.onChanged} />
        </CohortInvitations>
      ))}
    </section>
  );
}

/** "Leave NAME", asked once more before it is done: what the user shares with it stops. */
function LeaveButton(props: { cohort: CohortSummary; onLeft: () => void }) {
  const [error, setError] = useState<string | undefined>();
  return (
    <>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => {
          const sure = window.confirm(
            `Leave ${props.cohort.name}? Anything you share with it stops being shared.`,
          );
          if (!sure) return;
          leaveCohort(props.cohort.id).then(props.onLeft, (caught: unknown) =>
            setError(caught instanceof ApiError ? caught.message : "You did not leave; try again."),
          );
        }}
      >
        Leave {props.cohort.name}
      </button>
      {error === undefined ? null : (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
    </>
  );
}

function CoachSection({ cohort, onLeft }: { cohort: CohortSummary; onLeft: () => void }) {
  const view = useApi<CohortSharedView>(`/cohorts/${encodeURIComponent(cohort.id)}/shared`);
  return (
    <section className="cohort-section" aria-labelledby={`coach-${cohort.id}`}>
      <h2 id={`coach-${cohort.id}`} className="section-heading">
        {cohort.name}: you coach
      </h2>
      <p className="field-hint">
        You see only what each learner chose to share with this cohort, for as long as they share
        it.
      </p>
      <LeaveButton cohort={cohort} onLeft={onLeft} />
      {view.status === "loading" ? <Loading what="the learners" /> : null}
      {view.status === "error" ? <LoadError error={view.error} onRetry={view.reload} /> : null}
      {view.status === "ready" ? (
        view.data.learners.length === 0 ? (
          <p className="empty">No learner has joined yet.</p>
        ) : (
          <ul className="learner-list">
            {view.data.learners.map((learner) => (
              <li key={learner.id} className="panel">
                <h3>{learner.name}</h3>
                <p className="field-hint">
                  {learner.shared === 0
                    ? "Shares nothing with this cohort."
                    : `Shares ${String(learner.shared)} ${learner.shared === 1 ? "item" : "items"}:`}
                </p>
                {learner.items.length === 0 ? null : (
                  <ul>
                    {learner.items.map((item) => (
                      <li key={item.id}>
                        <Link to={`/cohorts/${cohort.id}/shared/${item.id}`}>
                          {shareLabel(item)}
                        </Link>{" "}
                        <span className="field-hint">shared {formatSavedAt(item.createdAt)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}

function LearnerSection({ cohorts, onLeft }: { cohorts: CohortSummary[]; onLeft: () => void }) {
  const shares = useApi<ShareList>("/shares");
  const [error, setError] = useState<string | undefined>();
  return (
    <section className="cohort-section" aria-labelledby="learner-title">
      <h2 id="learner-title" className="section-heading">
        Cohorts you learn in
      </h2>
      <ul>
        {cohorts.map((cohort) => (
          <li key={cohort.id}>
            <strong>{cohort.name}</strong>{" "}
            <span className="field-hint">
              {cohort.coaches} {cohort.coaches === 1 ? "coach" : "coaches"}
            </span>{" "}
            <LeaveButton
              cohort={cohort}
              onLeft={() => {
                onLeft();
                shares.reload();
              }}
            />
          </li>
        ))}
      </ul>
      <h3>What you share</h3>
      {shares.status === "ready" && shares.data.shares.length === 0 ? (
        <p className="field-hint">
          Nothing: your coaches see none of your stories or interviews. Use “Share with cohort” on a
          story or an interview report to show it to them.
        </p>
      ) : null}
      {shares.status === "ready" && shares.data.shares.length > 0 ? (
        <ul className="share-list">
          {shares.data.shares.map((share) => (
            <li key={share.id}>
              <span>
                <Link to={ownItemPath(share)}>{shareLabel(share)}</Link> with{" "}
                <strong>{share.cohort.name}</strong>
              </span>
              <button
                type="button"
                className="button button-quiet"
                onClick={() =>
                  void revokeShare(share.id).then(shares.reload, (caught: unknown) =>
                    setError(caught instanceof ApiError ? caught.message : "Not revoked."),
                  )
                }
              >
                Stop sharing
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {shares.status === "error" ? (
        <LoadError error={shares.error} onRetry={shares.reload} />
      ) : null}
      {error === undefined ? null : (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
    </section>
  );
}
