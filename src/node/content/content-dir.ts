import { fileURLToPath } from "node:url";

/**
 * The `content/` folder that ships with Candor. Only entry points (the CLI, tests, benches) name
 * it; loaders and catalogs are always handed the folder they read.
 */
export const SHIPPED_CONTENT_DIR = fileURLToPath(new URL("../../../content", import.meta.url));
