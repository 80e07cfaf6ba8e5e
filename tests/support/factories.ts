import { randomUUID } from "node:crypto";
import type { Db } from "../../src/node/db/database.ts";
import { createUser, type User } from "../../src/node/db/users-repository.ts";

/** A new user with a unique name, for one test. */
export function makeUser(db: Db, overrides: { displayName?: string } = {}): Promise<User> {
  return createUser(db, overrides.displayName ?? `Test user ${randomUUID().slice(0, 8)}`);
}
