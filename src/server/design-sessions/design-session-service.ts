import { type DesignSessionList, type DesignSessionView } from "../../core/api/design-sessions.ts";
import { diagramSchema } from "../../core/api/design-reviews.ts";
import type { Question } from "../../core/content/schema.ts";
import { stepBudgets } from "../../core/design/budgets.ts";
import { diagramForReview, type Diagram, type DiagramElement } from "../../core/design/diagram.ts";
import { STEP_TITLES } from "../../core/design/steps.ts";
import { err, ok, type Result } from "../../core/result.ts";
import type { Db } from "../../node/db/database.ts";
import * as repository from "../../node/db/design-sessions-repository.ts";
import type { AnalysisRunner } from "../analysis/analysis-pool.ts";
import { missing, type ServiceError } from "../http/errors.ts";

type ServiceResult<T> = Promise<Result<T, ServiceError>>;

/** What the timed-design service needs, made once at start-up. */
export interface DesignSessionServiceDeps {
  db: Db;
  analysis: AnalysisRunner;
  findQuestion: (id: string) => Question | undefined;
  now?: () => Date;
}

/** The template a timed design starts from: one heading per step, in delivery order. */
const TEMPLATE = Object.values(STEP_TITLES)
  .map((title) => `## ${title}\n\n`)
  .join("");

function closed(): ServiceError<"design-over"> {
  return {
    code: "design-over",
    message:
      "This timed design is closed: its time is up or it was submitted, so the draft can no longer change.",
  };
}

/**
 * Timed system-design rounds (docs/system-design.md): the server fixes each deadline, keeps the
 * draft while the clock runs, and reviews the design once, when it is submitted, before or after
 * time is up.
 */
export function createDesignSessionService(deps: DesignSessionServiceDeps) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  function designQuestion(questionId: string) {
    const question = deps.findQuestion(questionId);
    return question?.category === "system-design" && question.areas !== undefined
      ? { ...question, areas: question.areas }
      : undefined;
  }

  function view(row: repository.DesignSessionRow): DesignSessionView {
    const at = now();
    return {
      id: row.id,
      questionId: row.questionId,
      prompt: deps.findQuestion(row.questionId)?.prompt ?? row.questionId,
      minutes: row.minutes,
      startedAt: row.startedAt.toISOString(),
      deadlineAt: row.deadlineAt.toISOString(),
      remainingMs: Math.max(0, row.deadlineAt.getTime() - at.getTime()),
      status: row.submittedAt === null ? "active" : "submitted",
      steps: stepBudgets(row.minutes),
      text: row.text,
      diagram: row.diagram,
      review: row.review ?? null,
      submittedAt: row.submittedAt?.toISOString() ?? null,
    };
  }

  return {
    async start(
      userId: string,
      request: { questionId: string; minutes: number },
    ): ServiceResult<DesignSessionView> {
      if (designQuestion(request.questionId) === undefined) {
        return err(missing("system-design question", request.questionId));
      }
      const row = await repository.createDesignSession(db, userId, {
        questionId: request.questionId,
        minutes: request.minutes,
        now: now(),
        text: TEMPLATE,
      });
      return ok(view(row));
    },

    async list(userId: string): Promise<DesignSessionList> {
      const rows = await repository.listDesignSessions(db, userId);
      return {
        sessions: rows.map((row) => {
          const {
            text: _text,
            diagram: _diagram,
            review: _review,
            steps: _steps,
            ...rest
          } = view(row);
          return rest;
        }),
      };
    },

    async get(userId: string, id: string): ServiceResult<DesignSessionView> {
      const row = await repository.findDesignSession(db, userId, id);
      return row === undefined ? err(missing("design session", id)) : ok(view(row));
    },

    async saveDraft(
      userId: string,
      id: string,
      draft: { text?: string | undefined; diagram?: string | undefined },
    ): ServiceResult<DesignSessionView> {
      const saved = await repository.saveDesignDraft(db, userId, id, draft, now());
      if (saved !== undefined) return ok(view(saved));
      const row = await repository.findDesignSession(db, userId, id);
      return err(row === undefined ? missing("design session", id) : closed());
    },

    /** Reviews the draft as it stands and closes the session; a second submit is refused. */
    async submit(userId: string, id: string): ServiceResult<DesignSessionView> {
      const row = await repository.findDesignSession(db, userId, id);
      if (row === undefined) return err(missing("design session", id));
      if (row.submittedAt !== null) return err(closed());
      const question = designQuestion(row.questionId);
      if (question === undefined) return err(missing("system-design question", row.questionId));
      const review = await deps.analysis.reviewDesign({
        text: row.text,
        question: {
          prompt: question.prompt,
          areas: question.areas,
          numbers: question.numbers ?? [],
        },
        diagram: storedDiagram(row.diagram),
      });
      const submitted = await repository.submitDesignSession(db, userId, id, review, now());
      return submitted === undefined ? err(closed()) : ok(view(submitted));
    },

    async remove(userId: string, id: string): ServiceResult<true> {
      return (await repository.deleteDesignSession(db, userId, id))
        ? ok(true)
        : err(missing("design session", id));
    },
  };
}

/** The timed-design service's interface. */
export type DesignSessionService = ReturnType<typeof createDesignSessionService>;

/**
 * The diagram kept with a draft, as the review reads it: the editor keeps whole Excalidraw
 * elements, which are cut down to the fields the review reads and then held to the review's own
 * limits. None when it is empty or not a list of elements.
 */
function storedDiagram(saved: string): Diagram | undefined {
  if (saved === "") return undefined;
  try {
    const elements: unknown = JSON.parse(saved);
    if (!Array.isArray(elements)) return undefined;
    const reduced = diagramForReview(elements as DiagramElement[]);
    const parsed = diagramSchema.safeParse(reduced);
    return parsed.success ? parsed.data : undefined;
  } catch {
    // A malformed element (not an object) makes no diagram; the text is reviewed alone.
    return undefined;
  }
}
