import type { Logger } from "pino";
import type { FeedbackStore } from "./feedback-store.ts";
import { createPostgresStore } from "./postgres-store.ts";
import { createSqliteStore } from "./sqlite-store.ts";

/** What `createFeedbackStore` needs from the configuration. */
export interface FeedbackStoreConfig {
  /** PostgreSQL connection string; when absent the embedded SQLite store is used. */
  databaseUrl?: string;
  /** The SQLite file, used only without `databaseUrl` (e.g. `./data/strategilotsen.sqlite`). */
  sqliteFile: string;
}

/** The feedback store the configuration asks for: PostgreSQL when a URL is given, else SQLite. */
export function createFeedbackStore(config: FeedbackStoreConfig, logger: Logger): FeedbackStore {
  return config.databaseUrl
    ? createPostgresStore({ connectionString: config.databaseUrl, logger })
    : createSqliteStore({ file: config.sqliteFile, logger });
}
