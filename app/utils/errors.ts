/** A domain rule was broken: the message is shown to the user as is (Chinese). */
export class DomainError extends Error {
  constructor(
    message: string,
    /** Machine-readable code for the API (`conflict`, `not_found`, `invalid`…). */
    public code: "invalid" | "conflict" | "not_found" | "forbidden" | "throttled" = "invalid",
    /** Which form field the message belongs to, if any. */
    public field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

export const httpStatusOf: Record<DomainError["code"], number> = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  throttled: 429,
};
