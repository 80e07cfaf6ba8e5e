import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type {
  AnswerListener,
  InterviewService,
  InterviewServiceError,
} from "../../interviews/interview-service.ts";
import { AppError, type ErrorCode } from "../../http/errors.ts";
import { answerBodySchema, interviewParamsSchema, startInterviewBodySchema } from "./schema.ts";

const ERROR_CODES: Record<InterviewServiceError["code"], ErrorCode> = {
  "not-found": "not-found",
  "empty-answer": "empty-answer",
  "answer-too-long": "answer-too-long",
  "interview-over": "interview-over",
  "turn-changed": "turn-changed",
};

function fail(error: InterviewServiceError): never {
  throw new AppError(ERROR_CODES[error.code], error.message);
}

/** The interview API of DESIGN.md, plus list, abandon, delete and a streaming answer. */
export const interviewRoutes: FastifyPluginAsyncZod<{ interviews: InterviewService }> = async (
  app,
  { interviews },
) => {
  app.post(
    "/interviews",
    { schema: { body: startInterviewBodySchema } },
    async (request, reply) => {
      const { round, questionId, question } = request.body;
      const started = await interviews.start(request.user.id, { round, questionId, question });
      return started.ok ? reply.status(201).send(started.value) : fail(started.error);
    },
  );

  app.get("/interviews", async (request) => ({
    interviews: await interviews.list(request.user.id),
  }));

  app.get("/interviews/:id", { schema: { params: interviewParamsSchema } }, async (request) => {
    const result = await interviews.transcript(request.user.id, request.params.id);
    return result.ok ? result.value : fail(result.error);
  });

  app.get(
    "/interviews/:id/report",
    { schema: { params: interviewParamsSchema } },
    async (request) => {
      const result = await interviews.report(request.user.id, request.params.id);
      return result.ok ? result.value : fail(result.error);
    },
  );

  app.post(
    "/interviews/:id/abandon",
    { schema: { params: interviewParamsSchema } },
    async (request) => {
      const result = await interviews.abandon(request.user.id, request.params.id);
      return result.ok ? { id: request.params.id, status: "abandoned" } : fail(result.error);
    },
  );

  app.delete(
    "/interviews/:id",
    { schema: { params: interviewParamsSchema } },
    async (request, reply) => {
      const result = await interviews.remove(request.user.id, request.params.id);
      return result.ok ? reply.status(204).send() : fail(result.error);
    },
  );

  app.post(
    "/interviews/:id/answers",
    { schema: { params: interviewParamsSchema, body: answerBodySchema } },
    async (request, reply) => {
      const { id } = request.params;
      if (request.headers.accept?.includes("text/event-stream") === true) {
        await streamAnswer(reply, (listener) =>
          interviews.answer(request.user.id, id, request.body.text, listener, request.body.turn),
        );
        return reply;
      }
      const result = await interviews.answer(
        request.user.id,
        id,
        request.body.text,
        {},
        request.body.turn,
      );
      return result.ok ? result.value : fail(result.error);
    },
  );
};

/**
 * Server-sent events: `analysis` as soon as the answer is analysed, `delta` for each piece of the
 * interviewer's next turn as it is phrased, then `turn` (the turn as saved) or `error`.
 */
async function streamAnswer(
  reply: FastifyReply,
  run: (listener: AnswerListener) => ReturnType<InterviewService["answer"]>,
): Promise<void> {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache, no-transform",
    connection: "keep-alive",
    "x-content-type-options": "nosniff",
  });
  const send = (event: string, data: unknown) => {
    if (!raw.destroyed) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  try {
    const result = await run({
      onAnalysis: (analysis) => send("analysis", analysis),
      onDelta: (text) => send("delta", { text }),
    });
    if (result.ok) send("turn", result.value);
    else {
      const appError = new AppError(ERROR_CODES[result.error.code], result.error.message);
      send("error", { error: { code: appError.code, message: appError.message } });
    }
  } catch (error) {
    reply.log.error({ err: error }, "streaming an answer failed");
    send("error", {
      error: { code: "internal-error", message: "Something went wrong on our side." },
    });
  } finally {
    raw.end();
  }
}
