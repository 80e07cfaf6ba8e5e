import { eq } from "drizzle-orm";
import type { Db } from "./database.ts";
import { users } from "./schema.ts";

/** A user as the rest of the server sees it. */
export interface User {
  id: string;
  displayName: string;
  kind: "local" | "account";
}

/** Returns the local user, creating it on the first start. */
export async function ensureLocalUser(db: Db): Promise<User> {
  const existing = await db.select().from(users).where(eq(users.kind, "local")).limit(1);
  const found = existing[0];
  if (found !== undefined) return toUser(found);
  const [created] = await db
    .insert(users)
    .values({ displayName: "You", kind: "local" })
    .returning();
  if (created === undefined) throw new Error("inserting the local user returned no row");
  return toUser(created);
}

/** Creates a user; tests and (later) account sign-up use it. */
export async function createUser(db: Db, displayName: string): Promise<User> {
  const [created] = await db.insert(users).values({ displayName, kind: "account" }).returning();
  if (created === undefined) throw new Error("inserting a user returned no row");
  return toUser(created);
}

/** Finds a user by id, or undefined. */
export async function findUser(db: Db, id: string): Promise<User | undefined> {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0] === undefined ? undefined : toUser(rows[0]);
}

function toUser(row: typeof users.$inferSelect): User {
  return { id: row.id, displayName: row.displayName, kind: row.kind };
}
