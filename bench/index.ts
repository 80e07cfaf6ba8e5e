// `npm run bench`: runs every benchmark in this folder in turn; each prints its own figures.
import { readdirSync } from "node:fs";

const here = new URL(".", import.meta.url);
const benches = readdirSync(here)
  .filter((name) => name.endsWith(".ts") && name !== "index.ts" && !name.endsWith(".test.ts"))
  .sort();
for (const name of benches) {
  await import(new URL(name, here).href);
  console.log("");
}
