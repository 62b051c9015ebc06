import { afterAll, beforeAll } from "vitest";
import type { AppServices } from "../../app.ts";
import { type AppUnderTest, startApp } from "../../harness/app-under-test.ts";
import { type ConnectorStandIn, startConnectorStandIn } from "../../harness/connector-stand-in.ts";

/** What a test file's app is started with; made in `beforeAll`, after the connector stand-in is up. */
export interface RunningAppSetup {
  /** Environment on top of `startApp`'s quiet defaults. */
  env?: Record<string, string>;
  /** Parts the test replaces: a failing store, a clock, quicker tally updates. */
  services?: AppServices;
  /** Other stand-ins the setup started (an identity provider, a token service), closed after the app. */
  alsoClose?: { close(): Promise<void> | void }[];
}

/** The app and the Bot Connector stand-in of a test file, usable inside its cases. */
export interface RunningApp {
  readonly app: AppUnderTest;
  readonly connector: ConnectorStandIn;
}

/**
 * Starts a Bot Connector stand-in and the real app (`startApp`) before the enclosing `describe`'s cases
 * (or the file's, at top level), and stops both after them. `setup` says how the app is configured;
 * it runs in `beforeAll`, so it may start what the configuration needs (an identity provider) first.
 */
export function useRunningApp(
  setup: (connector: ConnectorStandIn) => RunningAppSetup | Promise<RunningAppSetup> = () => ({}),
): RunningApp {
  let app: AppUnderTest | undefined;
  let connector: ConnectorStandIn | undefined;
  let alsoClose: NonNullable<RunningAppSetup["alsoClose"]> = [];
  beforeAll(async () => {
    connector = await startConnectorStandIn();
    const chosen = await setup(connector);
    alsoClose = chosen.alsoClose ?? [];
    app = await startApp(chosen.env, chosen.services);
  });
  afterAll(async () => {
    await app?.close();
    await connector?.close();
    await Promise.all(alsoClose.map((each) => each.close()));
  });
  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`running app: ${name} is not started (used outside a case?)`);
    return value;
  };
  return {
    get app() {
      return started(app, "the app");
    },
    get connector() {
      return started(connector, "the connector stand-in");
    },
  };
}
