// `npm run db:template`: packs the data folder the installed PGlite's initdb makes, as the template
// new data folders are copied from (docs/decisions/015). Run it after upgrading PGlite; the test
// suite fails until a template for the installed version exists.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { packTemplate, TEMPLATES_DIR } from "../../src/node/db/data-folder-template.ts";
import { createDataFolder } from "../../src/node/db/database.ts";

const folder = await mkdtemp(path.join(tmpdir(), "candor-template-"));
try {
  await createDataFolder(folder);
  for (const old of await readdir(TEMPLATES_DIR)) {
    if (old.endsWith(".tar.br")) await rm(path.join(TEMPLATES_DIR, old));
  }
  const file = await packTemplate(folder);
  process.stdout.write(`Wrote ${path.relative(process.cwd(), file)}\n`);
} finally {
  await rm(folder, { recursive: true, force: true });
}
