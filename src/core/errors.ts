/**
 * An expected refusal with a stable id that clients can branch on. Core and
 * models return or throw these; the HTTP edge maps them to status codes and
 * the JSON shape `{error: {id, message, fields?}}`.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what = "record") =>
  new AppError(404, "not_found", `No ${what} with that id exists, or you may not see it.`);
export const unauthenticated = () => new AppError(401, "unauthenticated", "Sign in first: send the session cookie or an Authorization: Bearer token.");
export const forbidden = (message = "You are not allowed to do that.") => new AppError(403, "forbidden", message);
export const validationError = (fields: Record<string, string>, message = "Some fields need attention.") =>
  new AppError(400, "validation_error", message, fields);
export const conflict = (id: string, message: string, extra?: Record<string, unknown>) => new AppError(409, id, message, undefined, extra);
export const gone = (id: string, message: string) => new AppError(410, id, message);
