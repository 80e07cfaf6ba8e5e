import type { FastifyInstance } from "fastify";
import { buildApp, type AppDependencies } from "../../src/server/app.ts";
import { SHIPPED_CONTENT_DIR } from "../../src/node/content/content-dir.ts";
import type { Database } from "../../src/node/db/database.ts";
import { ensureLocalUser, type User } from "../../src/node/db/users-repository.ts";
import { storyFixturePack } from "./story-app.ts";

/** What a test may set; everything else takes the test default. */
export type TestAppOptions = Partial<Omit<AppDependencies, "database">> & {
  /** Act as this user on every request (a second user over the same database). */
  readonly user?: User;
};

/**
 * The app over `database` as the tests usually want it: the shipped content with the story
 * fixture pack, the local user (or `user`), silent logs and a test version.
 */
export async function testApp(
  database: Database,
  options: TestAppOptions = {},
): Promise<FastifyInstance> {
  const { user, ...overrides } = options;
  const localUser = overrides.localUser ?? user ?? (await ensureLocalUser(database.db));
  return buildApp({
    contentDir: SHIPPED_CONTENT_DIR,
    packs: [storyFixturePack()],
    version: "9.9.9-test",
    logLevel: "silent",
    ...(user === undefined ? {} : { resolveUser: () => user }),
    ...overrides,
    database,
    localUser,
  });
}
