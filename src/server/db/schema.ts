import { sql } from "drizzle-orm";
import { pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** People who practise. Local mode has exactly one; a cohort server has one per account. */
export const users = pgTable("users", {
  id: uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  displayName: text("display_name").notNull(),
  kind: text("kind", { enum: ["local", "account"] })
    .notNull()
    .default("local"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Questions a user has starred to come back to. */
export const starredQuestions = pgTable(
  "starred_questions",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // The primary key leads with user_id, so it also serves every per-user lookup.
  (table) => [primaryKey({ columns: [table.userId, table.questionId] })],
);
