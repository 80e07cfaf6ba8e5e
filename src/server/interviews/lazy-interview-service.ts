import { loadOnce } from "../../core/load-once.ts";
import type { InterviewService, InterviewServiceDeps } from "./interview-service.ts";

/**
 * The interview engine and the language model its probes read answers with take about 150 ms to
 * load, which a start need not wait for: they load on the first interview request, or when
 * `warmInterviewEngine` is called once the server listens (docs/decisions/017).
 */
const loadServiceModule = loadOnce(() => import("./interview-service.ts"));

/** Loads the interview engine now, so the first interview does not wait for it. */
export async function warmInterviewEngine(): Promise<void> {
  await loadServiceModule();
}

/** The interview service of `deps`, built when its first method is called. */
export function lazyInterviewService(deps: InterviewServiceDeps): InterviewService {
  let service: InterviewService | undefined;
  const ready = async () => {
    const { createInterviewService } = await loadServiceModule();
    service ??= createInterviewService(deps);
    return service;
  };
  return {
    start: async (...args) => (await ready()).start(...args),
    answer: async (...args) => (await ready()).answer(...args),
    transcript: async (...args) => (await ready()).transcript(...args),
    list: async (...args) => (await ready()).list(...args),
    abandon: async (...args) => (await ready()).abandon(...args),
    remove: async (...args) => (await ready()).remove(...args),
    report: async (...args) => (await ready()).report(...args),
  };
}
