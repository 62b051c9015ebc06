/**
 * Validates a Teams app manifest or localization file against the schema its `$schema` names, with
 * `AppManifestUtils.validateAgainstSchema` from `@microsoft/app-manifest`. That package ships
 * Microsoft's published schemas (up to v1.30), so validation works offline.
 */
import { AppManifestUtils } from "@microsoft/app-manifest";
import { AppError } from "../core/errors.ts";

type Schema = Awaited<ReturnType<typeof AppManifestUtils.fetchSchema>>;

/**
 * Every published localization schema (v1.8 to v1.30) has two `patternProperties` keys ending in
 * `\b]\.description` / `\b]\.templateText`: a `]` without its `[`. Browsers and JSON Schema's own
 * regex dialect read it as a literal `]`, but ajv compiles patterns with the `u` flag, where a lone
 * `]` is a syntax error — so the package can't compile the schema at all. Escaping that `]` gives the
 * pattern the meaning it has everywhere else; nothing else in the schema changes.
 */
function compilableSchema(schema: Schema): Schema {
  const patterns = (schema as { patternProperties?: Record<string, unknown> }).patternProperties;
  if (!patterns) return schema;
  const fixed = Object.fromEntries(
    Object.entries(patterns).map(([pattern, rule]) => [pattern.replaceAll("\\b]", "\\b\\]"), rule]),
  );
  return { ...schema, patternProperties: fixed } as Schema;
}

/** The schema errors of a manifest or localization file; none is `[]`. */
export async function schemaErrors(json: unknown): Promise<string[]> {
  const schemaUrl = (json as { $schema?: unknown }).$schema;
  if (typeof schemaUrl !== "string") return ["$schema: missing — the file must name its schema"];
  const schema = compilableSchema(await AppManifestUtils.fetchSchema(schemaUrl));
  return AppManifestUtils.validateAgainstSchema(json as never, schema);
}

/** Fails, listing every schema error, unless `json` is valid against its schema. */
export async function assertValidAgainstSchema(json: unknown, file: string): Promise<void> {
  const errors = await schemaErrors(json);
  if (errors.length > 0)
    throw new AppError(500, `package: ${file}: not valid against its schema:\n  ${errors.join("\n  ")}`);
}
