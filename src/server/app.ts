import { existsSync } from "node:fs";
import path from "node:path";
import helmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { Pack } from "../core/content/parse-pack.ts";
import { ok } from "../core/result.ts";
import { createAnalysisPool, warmAnalyzer, type AnalysisRunner } from "./analysis/analysis-pool.ts";
import type { Database } from "../node/db/database.ts";
import type { User } from "../node/db/users-repository.ts";
import { AUTH_BASE_PATH, type Accounts } from "./auth/accounts-api.ts";
import { createAccountService } from "./account/account-service.ts";
import { accountRoutes } from "./routes/account/index.ts";
import { createCohortService } from "./cohorts/cohort-service.ts";
import { cohortRoutes } from "./routes/cohorts/index.ts";
import { authRoutes } from "./routes/auth/index.ts";
import { AppError } from "./http/errors.ts";
import { ERROR_CATALOGUE } from "../core/api/errors.ts";
import {
  CSP_DIRECTIVES,
  isRunnerWorkerScript,
  RUNNER_WORKER_CSP_DIRECTIVES,
} from "./http/content-security-policy.ts";
import {
  handleClientError,
  handleFrameworkError,
  installErrorHandler,
  MAX_PARAM_LENGTH,
} from "./http/errors-plugin.ts";
import {
  buildLoggerOptions,
  newRequestId,
  type LogDestination,
  type LogLevel,
} from "./http/logging.ts";
import { registerPyodideFiles } from "./http/pyodide-files.ts";
import { installRequestSourceChecks, LOOPBACK_HOST_NAMES } from "./http/request-origin.ts";
import { installRouteTable } from "./http/route-table.ts";
import { installStorableTextRule } from "./http/storable-text.ts";
import { installUsageLimits } from "./http/usage-limits.ts";
import { createUsageLimiter, NO_LIMITS, type UsageLimitsConfig } from "./limits/usage-limits.ts";
import { listStoryRefs } from "./interviews/story-refs.ts";
import { lazyInterviewService, warmInterviewEngine } from "./interviews/lazy-interview-service.ts";
import type { ConfiguredModel } from "./llm/language-model.ts";
import { designReviewRoutes } from "./routes/design-reviews/index.ts";
import { designSessionRoutes } from "./routes/design-sessions/index.ts";
import { createDesignSessionService } from "./design-sessions/design-session-service.ts";
import { speechRoutes } from "./routes/speech/index.ts";
import { createSpeechService } from "./speech/speech-service.ts";
import type { SpeechEngine } from "../node/speech/speech-engine.ts";
import { analyzeRoutes } from "./routes/analyze/index.ts";
import { practiceAttemptRoutes } from "./routes/practice-attempts/index.ts";
import { progressRoutes } from "./routes/progress/index.ts";
import { applicationRoutes } from "./routes/applications/index.ts";
import { planRoutes } from "./routes/plan/index.ts";
import { readingRoutes } from "./routes/readings/index.ts";
import { createReadingService } from "./reading/reading-service.ts";
import { createPlanService } from "./plan/plan-service.ts";
import { createProgressService } from "./progress/progress-service.ts";
import { createPracticeService } from "./practice/practice-service.ts";
import { assessmentRoutes } from "./routes/assessments/index.ts";
import { createAssessmentService } from "./assessments/assessment-service.ts";
import {
  createAssessmentCatalog,
  type AssessmentCatalog,
} from "../node/content/assessment-catalog.ts";
import { interviewRoutes } from "./routes/interviews/index.ts";
import { secondOpinionRoutes } from "./routes/second-opinion/index.ts";
import { healthRoutes } from "./routes/health/index.ts";
import { createHealthService } from "./health/health-service.ts";
import { packRoutes } from "./routes/packs/index.ts";
import { problemRoutes } from "./routes/problems/index.ts";
import { questionRoutes } from "./routes/questions/index.ts";
import { storyRoutes } from "./routes/stories/index.ts";
import { createPackService } from "./packs/pack-service.ts";
import { createProblemService } from "./problems/problem-service.ts";
import { createQuestionService } from "./questions/question-service.ts";
import { createSecondOpinionService } from "./second-opinion/second-opinion-service.ts";
import { createStoryService } from "./stories/story-service.ts";
import { workSampleRoutes } from "./routes/work-samples/index.ts";
import { createWorkSampleService } from "./work-samples/work-sample-service.ts";
import { createContentCatalog } from "../node/content/content-catalog.ts";
import { createProblemCatalog, type ProblemCatalog } from "../node/content/problem-catalog.ts";
import {
  createWorkSampleCatalog,
  type WorkSampleCatalog,
} from "../node/content/work-sample-catalog.ts";

/** Everything the HTTP app needs, made once at start-up and passed in. */
export interface AppDependencies {
  database: Database;
  packs: readonly Pack[];
  /** The content folder the problems, assessments and work samples are read from. */
  contentDir: string;
  localUser: User;
  /**
   * Accounts mode: sign-up and sign-in under /api/auth, and every other /api route but health
   * takes its user from the session. Absent, every request is the local user.
   */
  accounts?: Accounts;
  /** Accounts mode: the emails, in lower case, of the accounts that administer cohorts. */
  adminEmails?: readonly string[];
  /**
   * Who is asking, in local mode. Defaults to the local user; tests pass another to act as a
   * second user.
   */
  resolveUser?: (request: FastifyRequest) => User | Promise<User>;
  version: string;
  logLevel?: LogLevel;
  /** Where log lines go; standard output by default. */
  logDestination?: LogDestination;
  /** The built web app; when absent or not built, only the API is served. */
  webDir?: string;
  /** The language model that phrases interviewer turns; absent, the offline engine does all. */
  llm?: (ConfiguredModel & { timeoutMs: number }) | undefined;
  /** Seeds each new interview's plan; random by default, fixed in tests that compare runs. */
  interviewSeed?: () => number;
  /** The coding problems; by default those in `contentDir`. */
  problems?: ProblemCatalog;
  /** The timed assessments; by default those in `contentDir`. */
  assessments?: AssessmentCatalog;
  /** The work samples; by default those in `contentDir`. */
  workSamples?: WorkSampleCatalog;
  /** The server's clock for assessment sessions and interview turns; tests may fix it. */
  now?: () => Date;
  /**
   * The host names requests may be addressed to (see serverHostNames); the loopback names by
   * default. Any other Host header is refused, which is what defeats DNS rebinding.
   */
  allowedHosts?: readonly string[];
  /** The speech-to-text engine chosen at start-up; absent, `POST /api/speech` answers 503. */
  speech?: SpeechEngine;
  /** Where text is analysed; by default a pool the app starts and stops with itself. */
  analysis?: AnalysisRunner;
  /** The abuse limits (docs/decisions/020); none by default. */
  limits?: UsageLimitsConfig;
  /**
   * Addresses or CIDR ranges of reverse proxies whose X-Forwarded-For names the client (for the
   * per-address sign-in limit); none by default, so the client is the connection's peer.
   */
  trustedProxies?: readonly string[];
}

/** The largest request body accepted, in bytes: room for a very long answer, no more. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

declare module "fastify" {
  interface FastifyRequest {
    user: User;
  }
}

/**
 * Loads what the first answer needs (the coach and the interview engine, with the language model
 * both read with) ahead of it; the app loads them on first use otherwise.
 */
export async function warmUp(): Promise<void> {
  await Promise.all([warmInterviewEngine(), warmAnalyzer()]);
}

/** In accounts mode, whether anyone may reach an /api path without a session. */
function isOpenApiPath(method: string, path: string): boolean {
  if (path === "/api/account") return method === "GET" || method === "HEAD";
  return path === "/api/health" || path.startsWith(`${AUTH_BASE_PATH}/`);
}

/**
 * Sets `request.user`: the local user in local mode; in accounts mode the session's user on every
 * /api route but health and better-auth's own, which answer 401 without a session. The web app's
 * files need no user.
 */
function installUserResolution(app: FastifyInstance, deps: AppDependencies): void {
  const accounts = deps.accounts;
  if (accounts === undefined) {
    const resolveUser = deps.resolveUser ?? (() => deps.localUser);
    app.addHook("onRequest", async (request) => {
      request.user = await resolveUser(request);
    });
    return;
  }
  app.addHook("onRequest", async (request, reply) => {
    const path = request.url.split("?")[0] ?? request.url;
    if ((!path.startsWith("/api/") && path !== "/api") || isOpenApiPath(request.method, path))
      return;
    const { user, setCookies } = await accounts.sessionUser(request.headers);
    if (user === undefined) throw new AppError("unauthenticated");
    // A session extended on this request gets its cookie's lifetime extended too.
    if (setCookies.length > 0) reply.header("set-cookie", setCookies);
    request.user = user;
  });
}

/** Builds the Fastify app: API under /api, the web app everywhere else. */
export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: buildLoggerOptions(deps.logLevel ?? "info", deps.logDestination),
    genReqId: newRequestId,
    ...(deps.trustedProxies === undefined || deps.trustedProxies.length === 0
      ? {}
      : { trustProxy: [...deps.trustedProxies] }),
    bodyLimit: BODY_LIMIT_BYTES,
    // Long enough that an over-long id reaches its schema and gets a 400 naming the field.
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: handleFrameworkError,
    clientErrorHandler: handleClientError,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const webDir =
    deps.webDir !== undefined && existsSync(path.join(deps.webDir, "index.html"))
      ? deps.webDir
      : undefined;
  // These hooks come first so they apply to every route registered below, and to the 404 handler.
  const routeTable = installRouteTable(app);
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  installRequestSourceChecks(app, deps.allowedHosts ?? LOOPBACK_HOST_NAMES);
  installStorableTextRule(app);
  installErrorHandler(app, { appShell: webDir !== undefined, routeTable });

  await app.register(helmet, {
    contentSecurityPolicy: { directives: CSP_DIRECTIVES },
    crossOriginEmbedderPolicy: false,
    // HSTS belongs to the TLS terminator in front of a cohort deployment, not to a laptop app.
    strictTransportSecurity: false,
  });

  // Every route takes its user from here, and only here.
  app.decorateRequest("user", null as unknown as User);
  installUserResolution(app, deps);

  const analysis = deps.analysis ?? createAnalysisPool();
  if (deps.analysis === undefined) app.addHook("onClose", () => analysis.close());

  const catalog = createContentCatalog(deps.packs);
  const limiter = createUsageLimiter({
    db: deps.database.db,
    limits: deps.limits ?? NO_LIMITS,
    ...(deps.now === undefined ? {} : { now: deps.now }),
  });
  // Made here rather than inline: a coach reads a shared story or interview through them too.
  const stories = createStoryService({
    db: deps.database.db,
    questions: catalog.questions,
    themes: deps.packs.flatMap((pack) => pack.manifest.themes),
    analysis,
  });
  const interviews = lazyInterviewService({
    db: deps.database.db,
    questions: catalog.questions,
    llm: deps.llm,
    ...(deps.interviewSeed === undefined ? {} : { seed: deps.interviewSeed }),
    ...(deps.now === undefined ? {} : { now: deps.now }),
    stories: (userId) => listStoryRefs(deps.database.db, userId),
    analysis,
    countModelCall: async (userId) => {
      const counted = await limiter.countLlmCall(userId);
      return counted.ok ? ok(undefined) : counted;
    },
  });
  const progress = createProgressService({
    db: deps.database.db,
    categoryOf: (questionId) => catalog.findQuestion(questionId)?.category,
  });
  await app.register(
    async (api) => {
      installUsageLimits(api, { limiter, llmConfigured: deps.llm !== undefined });
      if (deps.accounts !== undefined) {
        await api.register(authRoutes, { accounts: deps.accounts, limiter });
      }
      await api.register(accountRoutes, {
        accounts: deps.accounts,
        account: createAccountService({ db: deps.database.db }),
      });
      await api.register(healthRoutes, {
        health: createHealthService({ database: deps.database, version: deps.version }),
      });
      await api.register(packRoutes, { packs: createPackService(catalog) });
      await api.register(questionRoutes, {
        questions: createQuestionService({
          catalog,
          db: deps.database.db,
          exclusive: deps.database.kind === "pglite",
        }),
      });
      const practice = createPracticeService({
        db: deps.database.db,
        analysis,
        findQuestion: (id) => catalog.findQuestion(id),
      });
      await api.register(analyzeRoutes, { practice });
      await api.register(practiceAttemptRoutes, { practice });
      await api.register(progressRoutes, {
        progress,
      });
      const plan = createPlanService({
        db: deps.database.db,
        questions: catalog.questions,
        ...(deps.now === undefined ? {} : { now: deps.now }),
      });
      await api.register(applicationRoutes, { plan });
      await api.register(planRoutes, { plan });
      await api.register(readingRoutes, {
        readings: createReadingService({ db: deps.database.db, packs: deps.packs }),
      });
      await api.register(designSessionRoutes, {
        designSessions: createDesignSessionService({
          db: deps.database.db,
          analysis,
          findQuestion: (id) => catalog.findQuestion(id),
          ...(deps.now === undefined ? {} : { now: deps.now }),
        }),
      });
      const secondOpinion = createSecondOpinionService({ llm: deps.llm, analysis });
      await api.register(designReviewRoutes, {
        analysis,
        secondOpinion,
        findQuestion: (id) => catalog.findQuestion(id),
        findReferenceDesign: (id) => catalog.findReferenceDesign(id),
      });
      await api.register(speechRoutes, {
        speech: createSpeechService(
          deps.speech ?? {
            available: false,
            message: ERROR_CATALOGUE["no-speech-engine"].message,
          },
        ),
      });
      await api.register(problemRoutes, {
        problems: createProblemService({
          problems: deps.problems ?? createProblemCatalog(deps.contentDir),
          db: deps.database.db,
        }),
      });
      await api.register(storyRoutes, { stories });
      await api.register(workSampleRoutes, {
        samples: createWorkSampleService({
          samples: deps.workSamples ?? createWorkSampleCatalog(deps.contentDir),
          db: deps.database.db,
        }),
      });
      await api.register(assessmentRoutes, {
        assessments: createAssessmentService({
          db: deps.database.db,
          assessments: deps.assessments ?? createAssessmentCatalog(deps.contentDir),
          ...(deps.now === undefined ? {} : { now: deps.now }),
        }),
      });
      await api.register(secondOpinionRoutes, { secondOpinion });
      await api.register(interviewRoutes, { interviews });
      if (deps.accounts !== undefined) {
        await api.register(cohortRoutes, {
          cohorts: createCohortService({
            db: deps.database.db,
            adminEmails: deps.adminEmails ?? [],
            readStory: async (ownerId, id) => {
              const story = await stories.find(ownerId, id);
              if (!story.ok) return story;
              const versions = [];
              for (const { number } of story.value.versions) {
                const version = await stories.version(ownerId, id, number);
                if (!version.ok) return version;
                versions.push(version.value);
              }
              return ok({ story: story.value, versions });
            },
            readInterview: async (ownerId, id) => {
              const transcript = await interviews.transcript(ownerId, id);
              if (!transcript.ok) return transcript;
              const report = await interviews.report(ownerId, id);
              if (!report.ok) return report;
              return ok({ transcript: transcript.value, report: report.value });
            },
            // The figures only: the history's titles name the learner's own stories and questions.
            readProgress: async (ownerId) => ({ ...(await progress.summary(ownerId)), recent: [] }),
            ...(deps.now === undefined ? {} : { now: deps.now }),
          }),
        });
      }
    },
    { prefix: "/api" },
  );

  await registerPyodideFiles(app);
  if (webDir !== undefined) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: "index.html",
      setHeaders: (reply, filePath) => {
        if (isRunnerWorkerScript(filePath)) {
          reply.helmet({ contentSecurityPolicy: { directives: RUNNER_WORKER_CSP_DIRECTIVES } });
        }
      },
    });
  }
  return app;
}
