import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  answerBodySchema,
  interviewParamsSchema,
  startInterviewBodySchema,
  type AbandonedInterview,
  type AnswerResult,
  type AnswerStreamEvents,
  type InterviewList,
  type InterviewReport,
  type InterviewTranscript,
  type StartedInterview,
} from "../../../core/api/interviews.ts";
import type { AnswerListener, InterviewService } from "../../interviews/interview-service.ts";
import { toHttpError, unwrap } from "../../http/errors.ts";

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
      const started: StartedInterview = unwrap(
        await interviews.start(request.user.id, { round, questionId, question }),
      );
      return reply.status(201).send(started);
    },
  );

  app.get("/interviews", async (request): Promise<InterviewList> => ({
    interviews: await interviews.list(request.user.id),
  }));

  app.get(
    "/interviews/:id",
    { schema: { params: interviewParamsSchema } },
    async (request): Promise<InterviewTranscript> =>
      unwrap(await interviews.transcript(request.user.id, request.params.id)),
  );

  app.get(
    "/interviews/:id/report",
    { schema: { params: interviewParamsSchema } },
    async (request): Promise<InterviewReport> =>
      unwrap(await interviews.report(request.user.id, request.params.id)),
  );

  app.post(
    "/interviews/:id/abandon",
    { schema: { params: interviewParamsSchema } },
    async (request): Promise<AbandonedInterview> => {
      unwrap(await interviews.abandon(request.user.id, request.params.id));
      return { id: request.params.id, status: "abandoned" };
    },
  );

  app.delete(
    "/interviews/:id",
    { schema: { params: interviewParamsSchema } },
    async (request, reply) => {
      unwrap(await interviews.remove(request.user.id, request.params.id));
      return reply.status(204).send();
    },
  );

  app.post(
    "/interviews/:id/answers",
    { schema: { params: interviewParamsSchema, body: answerBodySchema } },
    async (request, reply): Promise<AnswerResult | FastifyReply> => {
      const { id } = request.params;
      const { text, turn } = request.body;
      if (request.headers.accept?.includes("text/event-stream") === true) {
        await streamAnswer(reply, (listener) =>
          interviews.answer(request.user.id, id, text, listener, turn),
        );
        return reply;
      }
      return unwrap(await interviews.answer(request.user.id, id, text, {}, turn));
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
  const send = <E extends keyof AnswerStreamEvents>(event: E, data: AnswerStreamEvents[E]) => {
    if (!raw.destroyed) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  try {
    const result = await run({
      onAnalysis: (analysis) => send("analysis", analysis),
      onDelta: (text) => send("delta", { text }),
    });
    if (result.ok) send("turn", result.value);
    else {
      const httpError = toHttpError(result.error);
      send("error", { error: { code: httpError.code, message: httpError.message } });
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
