import "dotenv/config";
import pino from "pino";
import { createApp } from "./app.ts";
import { readConfig } from "./core/config.ts";
import { shutDownOnSignals } from "./core/http/graceful-shutdown.ts";

// The entry point of `npm start`: reads the configuration, builds the app (`app.ts`), waits for it to
// be ready and serves it until a signal stops it. A bad configuration or content ends it with one line.
async function main(): Promise<void> {
  const config = readConfig(process.env);
  const logger = pino({ level: config.logLevel });
  const app = createApp(config, logger);
  await app.ready;
  app.server.listen(config.port, config.host, () => logger.info({ url: app.server.url }, "http: listening"));
  shutDownOnSignals({ server: app.server, close: () => app.close(), logger });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
