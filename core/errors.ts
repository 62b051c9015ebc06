/**
 * The one error type of the app: an HTTP-ish status plus a message that is safe to show or log.
 * Messages are prefixed by their area (`content: …`, `config: …`) so a log line says where it came from.
 */
export class AppError extends Error {
  readonly status: number;

  constructor(status: number, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "AppError";
    this.status = status;
  }
}
