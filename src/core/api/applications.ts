import { z } from "zod";
import { ROUND_IDS } from "../content/schema.ts";

/** Where an application stands: still in the loop, an offer made, or over (declined, withdrawn). */
export const APPLICATION_STATUSES = ["active", "offer", "closed"] as const;

/** Where an application stands. */
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The most rounds one application lists: each of the loop's rounds at most once. */
export const MAX_APPLICATION_STAGES = ROUND_IDS.length;
/** The longest notes an application keeps. */
export const MAX_APPLICATION_NOTES = 5_000;

/** A calendar day, as `YYYY-MM-DD`. */
export const dayString = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

const stageSchema = z
  .object({
    round: z.enum(ROUND_IDS, { error: `must be one of ${ROUND_IDS.join(", ")}` }),
    /** The day the round is booked for; null while it is not booked. */
    date: dayString.nullable().default(null),
    /** The round is behind the candidate. */
    done: z.boolean({ error: "must be true or false" }).default(false),
  })
  .strict();

/** One round of the loop an application goes through, with its date when one is booked. */
export type ApplicationStage = z.infer<typeof stageSchema>;

/** What a candidate writes about one application: `POST /api/applications`. */
export const applicationBodySchema = z
  .object({
    company: z
      .string({ error: "must be the company's name" })
      .trim()
      .min(1, "must name the company")
      .max(100, "is limited to 100 characters"),
    role: z
      .string({ error: "must be text" })
      .trim()
      .max(100, "is limited to 100 characters")
      .default(""),
    status: z
      .enum(APPLICATION_STATUSES, { error: `must be one of ${APPLICATION_STATUSES.join(", ")}` })
      .default("active"),
    stages: z
      .array(stageSchema, { error: "must be a list of rounds" })
      .max(MAX_APPLICATION_STAGES, `lists at most ${String(MAX_APPLICATION_STAGES)} rounds`)
      .refine(
        (stages) => new Set(stages.map((stage) => stage.round)).size === stages.length,
        "lists a round twice",
      )
      .default([]),
    nextStep: z
      .string({ error: "must be text" })
      .trim()
      .max(300, "is limited to 300 characters")
      .default(""),
    notes: z
      .string({ error: "must be text" })
      .max(
        MAX_APPLICATION_NOTES,
        `is limited to ${MAX_APPLICATION_NOTES.toLocaleString("en-US")} characters`,
      )
      .default(""),
  })
  .strict();

/** An application as the candidate sends it. */
export type ApplicationBody = z.infer<typeof applicationBodySchema>;

/**
 * `PUT /api/applications/:id`: the whole application again, with the version it was read at, so
 * an edit made in another tab since is refused rather than overwritten.
 */
export const applicationUpdateSchema = applicationBodySchema
  .extend({
    version: z
      .number({ error: "must be the version the application was read at" })
      .int("must be a whole number")
      .min(1, "must be 1 or more"),
  })
  .strict();

export const applicationParamsSchema = z.object({
  id: z.uuid({ error: "must be an application id (a UUID)" }),
});

/** One application, as stored. */
export interface Application {
  id: string;
  company: string;
  role: string;
  status: ApplicationStatus;
  stages: ApplicationStage[];
  nextStep: string;
  notes: string;
  /** 1 when created; one more at every saved edit. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/applications`: the newest first. */
export interface ApplicationList {
  applications: Application[];
}
