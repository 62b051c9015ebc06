/** Whether this run is CI's (`CI=true`, as GitHub Actions and Azure Pipelines set it). */
export const inCi = process.env.CI === "true" || process.env.CI === "1";

/**
 * Decides what tests do without a service they need (PostgreSQL, Chromium, a private network, the Agents Playground):
 * `problem` is why it is missing, or undefined when it is there. Returns true when the tests should
 * skip — locally, after printing the reason, so a skipped proof is seen. In CI it throws instead:
 * a proof that quietly disappears there would let a regression through.
 */
export function skipWithout(service: string, problem: string | undefined): boolean {
  if (problem === undefined) return false;
  const reason = `${service}: ${problem}`;
  if (inCi) throw new Error(`${reason} – CI=true requires it, so this fails instead of skipping`);
  process.stderr.write(`skipping the tests that need it: ${reason}\n`);
  return true;
}
