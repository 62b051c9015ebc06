/**
 * A separate process that migrates the SQLite file named in argv[2] when told "go" on stdin, so the test
 * can start several at the same moment and see them contend for the file for real (in one process,
 * better-sqlite3's synchronous calls can never overlap). Prints "ready", then "migrated".
 */
import { createSqliteStore } from "../../core/feedback/sqlite-store.ts";

const file = process.argv[2];
if (!file) throw new Error("test: usage: migrate-sqlite-process.ts <file>");
process.stdout.write("ready\n");
process.stdin.once("data", async () => {
  const store = createSqliteStore({ file });
  await store.migrate();
  await store.close();
  process.stdout.write("migrated\n");
  process.stdin.destroy();
});
