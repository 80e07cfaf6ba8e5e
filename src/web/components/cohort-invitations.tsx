import { type ReactNode, useState } from "react";
import type { CohortRole } from "../../core/api/cohorts.ts";
import {
  createInvitation,
  invitationUrl,
  revokeInvitation,
  type CohortSummary,
  type CreatedInvitation,
  type InvitationList,
} from "../api/cohorts.ts";
import { ApiError } from "../api/client.ts";
import { formatSavedAt } from "../api/stories.ts";
import { useApi } from "../hooks/use-api.ts";
import { LoadError } from "./status.tsx";

const STATUS_WORDS = { active: "works", expired: "expired", revoked: "revoked" } as const;

/**
 * An administrator's view of one cohort: its head counts, new invitation links (shown once, with
 * a copy button, since only their hash is kept) and every link made, each revocable.
 */
export function CohortInvitations({
  cohort,
  children,
}: {
  cohort: CohortSummary;
  /** More of the administrator's care of the cohort, shown at the card's foot. */
  children?: ReactNode;
}) {
  const invitations = useApi<InvitationList>(
    `/cohorts/${encodeURIComponent(cohort.id)}/invitations`,
  );
  const [made, setMade] = useState<CreatedInvitation | undefined>();
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      invitations.reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "That did not work; try again.");
    } finally {
      setBusy(false);
    }
  }

  const invite = (role: CohortRole) =>
    run(async () => {
      setCopied(false);
      setMade(await createInvitation(cohort.id, role));
    });

  return (
    <article className="panel cohort-card" aria-labelledby={`cohort-${cohort.id}`}>
      <h3 id={`cohort-${cohort.id}`}>{cohort.name}</h3>
      <p className="field-hint">
        {cohort.learners} {cohort.learners === 1 ? "learner" : "learners"} · {cohort.coaches}{" "}
        {cohort.coaches === 1 ? "coach" : "coaches"}
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void invite("learner")}
        >
          New learner link
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void invite("coach")}
        >
          New coach link
        </button>
      </div>
      {made === undefined ? null : (
        <div className="invitation-made" role="status">
          <label htmlFor={`link-${cohort.id}`}>
            {made.invitation.role === "coach" ? "Coach" : "Learner"} link, until{" "}
            {formatSavedAt(made.invitation.expiresAt)}. Copy it now: it is shown only once.
          </label>
          <div className="invitation-copy">
            <input id={`link-${cohort.id}`} readOnly value={invitationUrl(made)} />
            <button
              type="button"
              className="button button-primary"
              onClick={() =>
                void navigator.clipboard.writeText(invitationUrl(made)).then(() => setCopied(true))
              }
            >
              {copied ? "Copied" : "Copy link"}
            </button>
          </div>
        </div>
      )}
      {invitations.status === "error" ? (
        <LoadError error={invitations.error} onRetry={invitations.reload} />
      ) : invitations.status === "ready" && invitations.data.invitations.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Invitation links of {cohort.name}</caption>
            <thead>
              <tr>
                <th scope="col">Role</th>
                <th scope="col">Made</th>
                <th scope="col">Until</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.data.invitations.map((invitation) => (
                <tr key={invitation.id}>
                  <td>{invitation.role}</td>
                  <td>{formatSavedAt(invitation.createdAt)}</td>
                  <td>{formatSavedAt(invitation.expiresAt)}</td>
                  <td>{STATUS_WORDS[invitation.status]}</td>
                  <td>
                    {invitation.status === "active" ? (
                      <button
                        type="button"
                        className="button button-quiet"
                        disabled={busy}
                        onClick={() =>
                          void run(async () => {
                            await revokeInvitation(cohort.id, invitation.id);
                            if (made?.invitation.id === invitation.id) setMade(undefined);
                          })
                        }
                      >
                        Revoke {invitation.role} link
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {error === undefined ? null : (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
      {children}
    </article>
  );
}
