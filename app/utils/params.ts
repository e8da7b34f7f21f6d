/** A numeric route id, or a 404 for anything else (`/departments/abc`). */
export function parseId(value: string | undefined): number {
  if (!value || !/^\d{1,9}$/.test(value)) throw new Response("Not Found", { status: 404 });
  return Number(value);
}
