// A database of its own for a benchmark on a PostgreSQL server: made empty, dropped afterwards.
import { randomUUID } from "node:crypto";
import pg from "pg";

/**
 * Runs `use` with the URL of a new, empty database on the server `adminUrl` points at, and drops
 * it afterwards (even when `use` throws). Answers false, running nothing, when nothing answers.
 */
export async function withScratchDatabase(
  adminUrl: string,
  use: (url: string) => Promise<void>,
): Promise<boolean> {
  const admin = new pg.Client({ connectionString: adminUrl });
  const reachable = await admin.connect().then(
    () => true,
    () => false,
  );
  if (!reachable) return false;
  const name = `candor_bench_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      await use(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
  return true;
}
