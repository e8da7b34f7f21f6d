// Responses that loaders and actions throw, so the one error boundary renders
// the Chinese 404 page (and the API helpers their JSON error).

/** The 404 page: the thing does not exist, or this viewer may not know it does. */
export function notFound(message = "Not Found"): Response {
  return new Response(message, { status: 404, statusText: "Not Found" });
}

/** Throws the 404 page unless the value is present; returns it narrowed. */
export function requireFound<T>(value: T | null | undefined, message?: string): T {
  if (value === null || value === undefined) throw notFound(message);
  return value;
}
