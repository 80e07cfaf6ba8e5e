import { useState } from "react";
import { Link } from "react-router";
import {
  APPLICATION_STATUSES,
  type Application,
  type ApplicationBody,
  type ApplicationList,
  type ApplicationStatus,
} from "../../core/api/applications.ts";
import type { DimensionLevel, Plan, PlanDay, PlanItem } from "../../core/api/plan.ts";
import { ROUND_IDS, type RoundId } from "../../core/content/schema.ts";
import { ROUND_NAMES } from "../../core/plan/build-plan.ts";
import { apiRequest, ApiError } from "../api/client.ts";
import { DIMENSION_NAMES, FLAG_NAMES } from "../api/progress.ts";
import { ErrorNote, LoadError, Loading } from "../components/status.tsx";
import { useApi } from "../hooks/use-api.ts";
import { capitalise } from "../../core/text.ts";

const STATUS_NAMES: Readonly<Record<ApplicationStatus, string>> = {
  active: "In the loop",
  offer: "Offer",
  closed: "Closed",
};

/** Today in the candidate's own time zone, as `YYYY-MM-DD`. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A `YYYY-MM-DD` day as the page shows it: "Thu, Dec 3". */
function formatDay(day: string): string {
  return new Date(`${day}T00:00:00`).toLocaleDateString(undefined, {
    weekday: "short",
    month: "short",
    day: "numeric",
  });
}

function roundName(round: RoundId): string {
  return capitalise(ROUND_NAMES[round]);
}

/**
 * The prep plan: what to practise each day until the rounds booked in the candidate's
 * applications, weighted to the weakest dimensions of their recent answers, and the applications
 * themselves (company, role, the loop's rounds with their dates, the next step, notes).
 */
export function PlanPage() {
  const [today] = useState(localToday);
  const plan = useApi<Plan>(`/plan?today=${today}`);
  const applications = useApi<ApplicationList>("/applications");
  const reload = () => {
    plan.reload();
    applications.reload();
  };
  return (
    <div className="page plan">
      <header className="page-header">
        <h1>Prep plan</h1>
        <p className="lede">
          What to practise each day until your interviews: the rounds booked soonest come up most
          often, with a dress rehearsal the day before each, and the dimensions your recent answers
          are weakest on get the most days. It follows your answers as they improve.
        </p>
        <p>
          Beside the plan, keep <Link to="/reading-notes">reading notes</Link> on the company’s
          published work: a view of your own and a critique of each.
        </p>
      </header>
      {plan.status === "loading" ? <Loading what="your plan" /> : null}
      {plan.status === "error" ? <LoadError error={plan.error} onRetry={plan.reload} /> : null}
      {plan.status === "ready" ? <PlanBody plan={plan.data} /> : null}
      <section aria-labelledby="applications-heading">
        <h2 id="applications-heading" className="section-heading">
          Your applications
        </h2>
        {applications.status === "loading" ? <Loading what="your applications" /> : null}
        {applications.status === "error" ? (
          <LoadError error={applications.error} onRetry={applications.reload} />
        ) : null}
        {applications.status === "ready" ? (
          <Applications list={applications.data.applications} onChange={reload} />
        ) : null}
      </section>
    </div>
  );
}

function PlanBody(props: { plan: Plan }) {
  const { plan } = props;
  return (
    <>
      <section aria-labelledby="plan-days-heading">
        <h2 id="plan-days-heading" className="section-heading">
          The next {plan.days.length} {plan.days.length === 1 ? "day" : "days"}
        </h2>
        {plan.stagesAhead.length === 0 ? (
          <p className="muted">
            No round of a loop is ahead yet: add the application you are preparing for below, with
            its rounds and their dates, and the plan will work towards them.
          </p>
        ) : null}
        <ol className="plan-days">
          {plan.days.map((day) => (
            <PlanDayItem key={day.date} day={day} today={plan.today} />
          ))}
        </ol>
      </section>
      <Levels levels={plan.levels} read={plan.analysesRead} />
    </>
  );
}

function PlanDayItem(props: { day: PlanDay; today: string }) {
  const { day } = props;
  const stageDay = day.items.some((item) => item.kind === "stage");
  return (
    <li className={stageDay ? "panel plan-day plan-stage-day" : "panel plan-day"}>
      <h3>
        {day.date === props.today ? "Today" : formatDay(day.date)}
        {day.date === props.today ? <span className="muted"> {formatDay(day.date)}</span> : null}
      </h3>
      <ul>
        {day.items.map((item) => (
          <PlanItemLine key={`${item.kind}:${item.title}`} item={item} />
        ))}
      </ul>
    </li>
  );
}

function PlanItemLine(props: { item: PlanItem }) {
  const { item } = props;
  return (
    <li className={`plan-item plan-item-${item.kind}`}>
      {item.href === null ? (
        <strong>{item.title}</strong>
      ) : (
        <Link to={item.href}>{item.title}</Link>
      )}
      <span className="muted plan-item-detail">{item.detail}</span>
    </li>
  );
}

/** What the plan weighs: each dimension's recent mean, with its n, and its share of the days. */
function Levels(props: { levels: DimensionLevel[]; read: number }) {
  return (
    <section className="panel plan-levels" aria-labelledby="plan-levels-heading">
      <h2 id="plan-levels-heading">What the plan weighs</h2>
      {props.read === 0 ? (
        <p className="muted">
          No analysed answers yet (n = 0), so every dimension weighs the same.{" "}
          <Link to="/practice">Practise a question</Link> and the plan will turn to what your
          answers need.
        </p>
      ) : (
        <p className="muted">
          Your last {props.read} analysed {props.read === 1 ? "answer" : "answers"} (n ={" "}
          {props.read}), weakest first. The further a dimension is from 5, the more days it gets.
        </p>
      )}
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col" className="numeric">
                Mean
              </th>
              <th scope="col" className="numeric">
                n
              </th>
              <th scope="col">Flagged most</th>
              <th scope="col" className="numeric">
                Share of days
              </th>
            </tr>
          </thead>
          <tbody>
            {props.levels.map((level) => (
              <tr key={level.dimension}>
                <th scope="row">{DIMENSION_NAMES[level.dimension]}</th>
                <td className="numeric">{level.mean === null ? "—" : level.mean.toFixed(1)}</td>
                <td className="numeric">{level.n}</td>
                <td>
                  {level.commonFlag === null
                    ? "—"
                    : `${FLAG_NAMES[level.commonFlag.code]} (${String(level.commonFlag.n)} of ${String(level.n)})`}
                </td>
                <td className="numeric">{Math.round(level.share * 100)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Applications(props: { list: Application[]; onChange: () => void }) {
  const [adding, setAdding] = useState(props.list.length === 0);
  return (
    <>
      {props.list.map((application) => (
        <ApplicationCard key={application.id} application={application} onChange={props.onChange} />
      ))}
      {adding ? (
        <ApplicationForm
          onSaved={() => {
            setAdding(false);
            props.onChange();
          }}
          {...(props.list.length === 0 ? {} : { onCancel: () => setAdding(false) })}
        />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Add an application
        </button>
      )}
    </>
  );
}

function ApplicationCard(props: { application: Application; onChange: () => void }) {
  const { application } = props;
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | undefined>();
  if (editing) {
    return (
      <ApplicationForm
        application={application}
        onSaved={() => {
          setEditing(false);
          props.onChange();
        }}
        onCancel={() => setEditing(false)}
      />
    );
  }
  async function remove() {
    if (!window.confirm(`Delete the application to ${application.company}?`)) return;
    setError(undefined);
    try {
      await apiRequest(`/applications/${application.id}`, { method: "DELETE" });
      props.onChange();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "The application was not deleted.");
    }
  }
  return (
    <article className="panel application-card" aria-label={`${application.company} application`}>
      <header>
        <h3>
          {application.company}
          {application.role === "" ? null : <span className="muted"> · {application.role}</span>}
        </h3>
        <span className="tag">{STATUS_NAMES[application.status]}</span>
      </header>
      {application.stages.length === 0 ? (
        <p className="muted">No rounds listed yet.</p>
      ) : (
        <ol className="application-stages">
          {application.stages.map((stage) => (
            <li key={stage.round} className={stage.done ? "done" : undefined}>
              <span>{roundName(stage.round)}</span>{" "}
              <span className="muted">
                {stage.done ? "done" : stage.date === null ? "not booked" : formatDay(stage.date)}
              </span>
            </li>
          ))}
        </ol>
      )}
      {application.nextStep === "" ? null : (
        <p>
          <strong>Next step:</strong> {application.nextStep}
        </p>
      )}
      {application.notes === "" ? null : <p className="application-notes">{application.notes}</p>}
      <ErrorNote>{error}</ErrorNote>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => setEditing(true)}>
          Edit
        </button>
        <button type="button" className="link-button" onClick={() => void remove()}>
          Delete
        </button>
      </div>
    </article>
  );
}

interface StageField {
  included: boolean;
  date: string;
  done: boolean;
}

function stageFields(application: Application | undefined): Record<RoundId, StageField> {
  return Object.fromEntries(
    ROUND_IDS.map((round) => {
      const stage = application?.stages.find((candidate) => candidate.round === round);
      return [
        round,
        { included: stage !== undefined, date: stage?.date ?? "", done: stage?.done ?? false },
      ];
    }),
  ) as Record<RoundId, StageField>;
}

/** Adds an application, or edits one at the version it was read at. */
function ApplicationForm(props: {
  application?: Application;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { application } = props;
  const id = application?.id ?? "new";
  const [company, setCompany] = useState(application?.company ?? "");
  const [role, setRole] = useState(application?.role ?? "");
  const [status, setStatus] = useState<ApplicationStatus>(application?.status ?? "active");
  const [stages, setStages] = useState(() => stageFields(application));
  const [nextStep, setNextStep] = useState(application?.nextStep ?? "");
  const [notes, setNotes] = useState(application?.notes ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [stale, setStale] = useState(false);

  function setStage(round: RoundId, change: Partial<StageField>) {
    setStages((current) => ({ ...current, [round]: { ...current[round], ...change } }));
  }

  async function save() {
    const body: ApplicationBody = {
      company,
      role,
      status,
      stages: ROUND_IDS.filter((round) => stages[round].included).map((round) => ({
        round,
        date: stages[round].date === "" ? null : stages[round].date,
        done: stages[round].done,
      })),
      nextStep,
      notes,
    };
    setBusy(true);
    setError(undefined);
    try {
      if (application === undefined) {
        await apiRequest("/applications", { method: "POST", body });
      } else {
        await apiRequest(`/applications/${application.id}`, {
          method: "PUT",
          body: { ...body, version: application.version },
        });
      }
      props.onSaved();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "The application was not saved.");
      setStale(caught instanceof ApiError && caught.code === "edited-elsewhere");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="panel application-form"
      aria-label={application === undefined ? "New application" : `Edit ${application.company}`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="application-form-row">
        <div className="field">
          <label htmlFor={`${id}-company`}>Company</label>
          <input
            id={`${id}-company`}
            value={company}
            maxLength={100}
            required
            onChange={(event) => setCompany(event.currentTarget.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <input
            id={`${id}-role`}
            value={role}
            maxLength={100}
            onChange={(event) => setRole(event.currentTarget.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(event) => setStatus(event.currentTarget.value as ApplicationStatus)}
          >
            {APPLICATION_STATUSES.map((option) => (
              <option key={option} value={option}>
                {STATUS_NAMES[option]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="application-rounds">
        <legend>The rounds of this loop, with their dates once booked</legend>
        {ROUND_IDS.map((round) => (
          <div key={round} className="application-round">
            <label>
              <input
                type="checkbox"
                checked={stages[round].included}
                onChange={(event) => setStage(round, { included: event.currentTarget.checked })}
              />{" "}
              {roundName(round)}
            </label>
            {stages[round].included ? (
              <>
                <input
                  type="date"
                  aria-label={`${roundName(round)} date`}
                  value={stages[round].date}
                  onChange={(event) => setStage(round, { date: event.currentTarget.value })}
                />
                <label>
                  <input
                    type="checkbox"
                    checked={stages[round].done}
                    onChange={(event) => setStage(round, { done: event.currentTarget.checked })}
                  />{" "}
                  done
                </label>
              </>
            ) : null}
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-next`}>Next step</label>
        <input
          id={`${id}-next`}
          value={nextStep}
          maxLength={300}
          onChange={(event) => setNextStep(event.currentTarget.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>Notes</label>
        <textarea
          id={`${id}-notes`}
          rows={3}
          value={notes}
          maxLength={5000}
          onChange={(event) => setNotes(event.currentTarget.value)}
        />
      </div>
      <ErrorNote>{error}</ErrorNote>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {application === undefined ? "Add application" : "Save"}
        </button>
        {stale ? (
          <button type="button" className="button" onClick={props.onSaved}>
            Reload it
          </button>
        ) : null}
        {props.onCancel === undefined ? null : (
          <button type="button" className="link-button" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
