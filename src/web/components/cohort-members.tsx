import { useState } from "react";
import {
  deleteCohort,
  removeMember,
  renameCohort,
  type CohortMemberList,
  type CohortSummary,
} from "../api/cohorts.ts";
import { ApiError } from "../api/client.ts";
import { formatSavedAt } from "../api/stories.ts";
import { useApi } from "../hooks/use-api.ts";
import { LoadError } from "./status.tsx";

/**
 * An administrator's care of one cohort: its members, each removable (their shares end with
 * them), and, folded away, renaming it and deleting it with its name typed to confirm.
 */
export function CohortMembers(props: { cohort: CohortSummary; onChanged: () => void }) {
  const { cohort } = props;
  const members = useApi<CohortMemberList>(`/cohorts/${encodeURIComponent(cohort.id)}/members`);
  const [name, setName] = useState(cohort.name);
  const [confirm, setConfirm] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function run(action: () => Promise<unknown>, after: () => void) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      after();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "That did not work; try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="cohort-members">
      <h4>Members</h4>
      {members.status === "error" ? (
        <LoadError error={members.error} onRetry={members.reload} />
      ) : null}
      {members.status === "ready" && members.data.members.length === 0 ? (
        <p className="field-hint">No one has joined yet.</p>
      ) : null}
      {members.status === "ready" && members.data.members.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Members of {cohort.name}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Joined</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.data.members.map((member) => (
                <tr key={member.id}>
                  <td>{member.name}</td>
                  <td>{member.role}</td>
                  <td>{formatSavedAt(member.joinedAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-quiet"
                      disabled={busy}
                      onClick={() => {
                        const sure = window.confirm(
                          `Remove ${member.name} from ${cohort.name}? What they share with it stops being shared.`,
                        );
                        if (!sure) return;
                        void run(
                          () => removeMember(cohort.id, member.id),
                          () => {
                            members.reload();
                            props.onChanged();
                          },
                        );
                      }}
                    >
                      Remove {member.name}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <details className="cohort-settings">
        <summary>Rename or delete {cohort.name}</summary>
        <form
          className="cohort-create"
          onSubmit={(event) => {
            event.preventDefault();
            void run(() => renameCohort(cohort.id, name), props.onChanged);
          }}
        >
          <div className="field">
            <label htmlFor={`rename-${cohort.id}`}>New name</label>
            <input
              id={`rename-${cohort.id}`}
              value={name}
              maxLength={120}
              required
              onChange={(event) => setName(event.currentTarget.value)}
            />
          </div>
          <button type="submit" className="button" disabled={busy || name.trim() === ""}>
            Rename
          </button>
        </form>
        <form
          className="cohort-create"
          onSubmit={(event) => {
            event.preventDefault();
            void run(() => deleteCohort(cohort.id, confirm), props.onChanged);
          }}
        >
          <div className="field">
            <label htmlFor={`delete-${cohort.id}`}>
              Type “{cohort.name}” to delete the cohort, its links, members and shares (nobody’s
              stories or interviews are touched)
            </label>
            <input
              id={`delete-${cohort.id}`}
              value={confirm}
              autoComplete="off"
              onChange={(event) => setConfirm(event.currentTarget.value)}
            />
          </div>
          <button
            type="submit"
            className="button button-danger"
            disabled={busy || confirm.trim() !== cohort.name}
          >
            Delete cohort
          </button>
        </form>
      </details>
      {error === undefined ? null : (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
    </div>
  );
}
