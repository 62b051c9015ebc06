import { z } from "zod";
import { AppError } from "../errors.ts";

/** A setting that may be left out; blank counts as left out (`.env` files write `NAME=`). */
export const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

/** One tenant's id; "common" or "organizations" would accept every tenant's tokens, so a GUID only. */
export const optionalTenantId = optionalText.pipe(
  z
    .string()
    .regex(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
      "must be the tenant's id (a GUID)",
    )
    .optional(),
);

/** The configuration error for a setting, prefixed as every configuration message is. */
export function settingError(name: string, message: string): AppError {
  return new AppError(500, `config: ${name}: ${message}`);
}
