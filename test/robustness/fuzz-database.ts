/**
 * Who the fuzz test acts as, and the check of what it left in the SQLite file: every row one the app
 * could have meant to write, and no answer from someone outside the prompt's conversation or tenant.
 */
import Database from "better-sqlite3";
import { feedbackTopics } from "../../bot/cards/feedback-topics.ts";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import { respondentKey } from "../../core/feedback/respondent-key.ts";
import { userAccount } from "../../harness/teams-activities.ts";

/** A Teams account as activities carry it. */
interface Account {
  id: string;
  name: string;
  aadObjectId?: string;
}

/**
 * `home`: people who act in the prompts' own conversations (and anywhere else), with awkward names: the
 * longest display name Entra allows (256), one with a NUL, one without an object id. `away`: people who
 * only ever act in other conversations, or in another tenant; no answer may be stored under their keys.
 */
export const fuzzUsers: { home: Account[]; away: Account[] } = {
  home: [
    userAccount,
    { id: "29:fuzz-2", name: "Fuzz To", aadObjectId: "fuzz-oid-2" },
    { id: "29:fuzz-3", name: "L".repeat(256), aadObjectId: "fuzz-oid-3" },
    { id: "29:fuzz-4", name: "Nul\u0000Navn \u202Eevil", aadObjectId: "fuzz-oid-4" },
    { id: "29:fuzz-no-oid", name: "Uden objekt-id" },
  ],
  away: [0, 1, 2].map((n) => ({ id: `29:away-${n}`, name: `Ude ${n}`, aadObjectId: `away-oid-${n}` })),
};

/** Conversations only `away` people act in. */
export const awayConversations = ["19:fuzz-away-1@thread.v2", "a:fuzz-away-personal"];
/** The tenant `away` people claim when they use a prompt's own conversation id. */
export const otherTenant = "tenant-other";

type Row = Record<string, unknown>;

/** Reads the database file read-only and lists every row that breaks a rule; empty when all is well. */
export function findBadRows(
  file: string,
  expected: { secret: string; promptIds: string[]; awayUsers: Account[] },
): string[] {
  const strategy = loadStrategy("content/strategi-2025");
  const topicIds = new Set(feedbackTopics(strategy).map((topic) => topic.id));
  const unitIds = new Set(strategy.units.map((unit) => unit.id));
  const characters = (value: unknown) => [...String(value)].length;
  const problems: string[] = [];
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const all = (sql: string) => db.prepare(sql).all() as Row[];
    for (const prompt of all("SELECT * FROM prompts")) {
      const where = `prompt ${String(prompt.id).slice(0, 40)}`;
      if (characters(prompt.title) > 200) problems.push(`${where}: title over 200 characters`);
      if (prompt.unit_id !== null && !unitIds.has(String(prompt.unit_id)))
        problems.push(`${where}: unknown unit`);
    }
    for (const id of expected.promptIds)
      if (!all("SELECT id FROM prompts").some((row) => row.id === id)) problems.push(`prompt ${id} is gone`);

    const answers = all("SELECT a.*, p.id AS found FROM answers a LEFT JOIN prompts p ON p.id = a.prompt_id");
    for (const answer of answers) {
      const where = `answer to ${String(answer.prompt_id).slice(0, 40)}`;
      if (answer.found === null) problems.push(`${where}: no such prompt`);
      if (!Number.isInteger(answer.rating) || Number(answer.rating) < 1 || Number(answer.rating) > 5)
        problems.push(`${where}: rating ${answer.rating}`);
      if (answer.comment !== null && characters(answer.comment) > 1000)
        problems.push(`${where}: comment too long`);
      if (answer.topic !== null && !topicIds.has(String(answer.topic)))
        problems.push(`${where}: unknown topic`);
      if (answer.anonymous !== 0 && answer.anonymous !== 1)
        problems.push(`${where}: anonymous ${answer.anonymous}`);
      if (answer.anonymous === 1 && answer.respondent_name !== null)
        problems.push(`${where}: anonymous with a name`);
      if (answer.respondent_name !== null && characters(answer.respondent_name) > 200)
        problems.push(`${where}: name over 200 characters`);
    }

    // Respondent keys can't be reversed, but the keys the away people would have are known.
    const stored = new Set(answers.map((answer) => `${answer.prompt_id}\u0000${answer.respondent_key}`));
    for (const promptId of expected.promptIds)
      for (const user of expected.awayUsers)
        for (const tenant of ["tenant-1", otherTenant]) {
          const key = respondentKey(expected.secret, tenant, user.aadObjectId ?? user.id, promptId);
          if (stored.has(`${promptId}\u0000${key}`))
            problems.push(`answer to ${promptId} by ${user.id} (${tenant}), who is not in its conversation`);
        }

    for (const row of all("SELECT * FROM conversation_units"))
      if (!unitIds.has(String(row.unit_id))) problems.push(`conversation unit ${row.unit_id}: unknown unit`);
    for (const rating of all("SELECT * FROM answer_ratings")) {
      const item = strategy.itemById.get(String(rating.item_id));
      const indexes = JSON.parse(String(rating.paragraph_indexes)) as number[];
      if (!item || indexes.some((index) => !(index >= 0 && index < item.paragraphs.length)))
        problems.push(
          `rating of ${String(rating.item_id).slice(0, 40)}#${rating.paragraph_indexes}: no such passage`,
        );
    }
  } finally {
    db.close();
  }
  return problems;
}

/** How many rows each table holds, so a test can tell the checks above had something to check. */
export function rowCounts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = ["prompts", "answers", "answer_ratings", "conversation_units", "conversation_references"];
    return Object.fromEntries(
      tables.map((table) => [
        table,
        (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
      ]),
    );
  } finally {
    db.close();
  }
}
