// The set-up file vitest runs before every test file (vitest.config.ts `setupFiles`): see console-output.ts.
import { failOnUnexpectedConsoleOutput } from "./console-output.ts";

failOnUnexpectedConsoleOutput();
