import { useState } from "react";
import { Link, useOutletContext, useParams } from "react-router";
import { acceptInvitation, ROLE_LABELS, type InvitationPreview } from "../api/cohorts.ts";
import { ApiError } from "../api/client.ts";
import { LoadError, Loading } from "../components/status.tsx";
import { useApi } from "../hooks/use-api.ts";
import type { AccountContext } from "./account-page.tsx";

/**
 * An invitation link: the cohort it is for and the role it gives, and one button to join. Opened
 * signed out, the page frame asks for a sign-in first and then shows this page.
 */
export function InvitePage() {
  const { account } = useOutletContext<AccountContext>();
  if (account.mode !== "accounts") {
    return (
      <section className="page">
        <h1>Invitation</h1>
        <p className="notice">
          Cohorts need accounts mode: this Candor runs for one person on this computer, so there is
          no cohort to join.
        </p>
      </section>
    );
  }
  return <Invitation />;
}

function Invitation() {
  const { token = "" } = useParams();
  const preview = useApi<InvitationPreview>(`/invitations/${encodeURIComponent(token)}`);
  const [joined, setJoined] = useState<{ name: string; role: string; again: boolean }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function join() {
    setBusy(true);
    setError(undefined);
    try {
      const accepted = await acceptInvitation(token);
      setJoined({
        name: accepted.cohort.name,
        role: ROLE_LABELS[accepted.role],
        again: !accepted.joined,
      });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "You could not join; try again.");
    } finally {
      setBusy(false);
    }
  }

  if (preview.status === "loading") return <Loading what="the invitation" />;
  if (preview.status === "error") {
    return (
      <section className="page" aria-labelledby="invite-title">
        <h1 id="invite-title">Invitation</h1>
        <LoadError error={preview.error} />
        <p>
          <Link to="/cohorts">Your cohorts</Link>
        </p>
      </section>
    );
  }
  const { cohort, role } = preview.data;
  return (
    <section className="page invite-page" aria-labelledby="invite-title">
      <header className="page-header">
        <h1 id="invite-title">Join {cohort.name}</h1>
        <p className="lede">
          {role === "coach"
            ? "You are invited as a coach: you will see the stories and interviews that learners choose to share with this cohort, and nothing else of theirs."
            : "You are invited as a learner: nothing of yours is shown to the cohort's coaches until you share it, one story or interview at a time, and you can take it back."}
        </p>
      </header>
      {joined === undefined ? (
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void join()}
          >
            Join {cohort.name} as a {ROLE_LABELS[role]}
          </button>
        </div>
      ) : (
        <p className="notice" role="status">
          {joined.again
            ? `You were already in ${joined.name}, as a ${joined.role}.`
            : `You joined ${joined.name} as a ${joined.role}.`}{" "}
          <Link to="/cohorts">Go to your cohorts</Link>
        </p>
      )}
      {error === undefined ? null : (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
    </section>
  );
}
