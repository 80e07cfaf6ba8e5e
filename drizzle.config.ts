import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/node/db/schema.ts",
  out: "./src/node/db/migrations",
});
