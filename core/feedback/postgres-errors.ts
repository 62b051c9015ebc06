import pg from "pg";
import { AppError } from "../errors.ts";

// SQLSTATE classes and codes that mean "try again later" rather than "this request is wrong".
const unavailableStates = /^(08|53|57P0[1-3]|57014|40001|40P01)/;

/**
 * A PostgreSQL failure as an `AppError`:
 * - 400 when the database refuses the data (SQLSTATE class 22 data exception, 23 integrity violation);
 * - 503 when the database cannot be reached or is overloaded — a refused or timed-out connection, a
 *   dropped one, a server shutting down — so callers answer "try again" and the pool reconnects later;
 * - 500 for anything else (a bug: wrong SQL, a missing table).
 * Messages name the constraint or SQLSTATE, never the values: PostgreSQL's own messages for bad input
 * quote the input, which may be a comment someone wrote.
 */
export function storeErrorFromPostgres(operation: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof pg.DatabaseError) {
    const state = error.code ?? "";
    if (/^2[23]/.test(state)) {
      const what = error.constraint ? `violates "${error.constraint}"` : `SQLSTATE ${state}`;
      return new AppError(400, `store: ${operation}: refused by the database: ${what}`, { cause: error });
    }
    if (unavailableStates.test(state)) return unavailable(operation, `SQLSTATE ${state}`, error);
    return new AppError(500, `store: ${operation}: ${message}`, { cause: error });
  }
  // Not an answer from the server: a programming error in how we called pg, or no server to answer.
  if (error instanceof TypeError || error instanceof RangeError) {
    return new AppError(500, `store: ${operation}: ${message}`, { cause: error });
  }
  const code = (error as { code?: unknown }).code;
  return unavailable(operation, typeof code === "string" ? code : message, error);
}

function unavailable(operation: string, reason: string, cause: unknown): AppError {
  return new AppError(503, `store: ${operation}: database unavailable (${reason})`, { cause });
}
