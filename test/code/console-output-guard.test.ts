import { describe, it } from "vitest";
import { expectConsoleOutput } from "../support/console-output.ts";

// The guard (test/support/console-output.ts) fails a case from its afterEach hook; `it.fails` passes
// exactly when the case, hooks included, fails.
describe("a test's console output", () => {
  it("may warn when it declares the warning", () => {
    expectConsoleOutput("warn", /store: retrying/);
    console.warn("store: retrying in 1 s");
  });

  it.fails("fails the test when it writes an error nobody declared", () => {
    console.error("something broke");
  });

  it.fails("fails the test when a declared warning never comes", () => {
    expectConsoleOutput("warn", /store: retrying/);
  });

  it.fails("fails the test when Node emits a process warning", () => {
    // As Node emits one, but with Node's own printing of deprecations off, so this run stays quiet.
    const printed = process.noDeprecation;
    process.noDeprecation = true;
    try {
      process.emit("warning", Object.assign(new Error("a deprecated call"), { name: "DeprecationWarning" }));
    } finally {
      process.noDeprecation = printed;
    }
  });
});
