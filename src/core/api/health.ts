import { z } from "zod";

export const healthResponseSchema = z.object({
  status: z.literal("ok"),
  version: z.string(),
  database: z.enum(["pglite", "postgres"]),
});

/** `GET /api/health`. */
export type Health = z.infer<typeof healthResponseSchema>;
