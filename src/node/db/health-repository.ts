import type { Db } from "./database.ts";

/** Asks the database the smallest question there is; rejects when it cannot answer. */
export async function pingDatabase(db: Db): Promise<void> {
  await db.execute("select 1");
}
