// Building blocks shared by the OpenAPI pieces of each resource.
export const errorSchema = {
  type: "object",
  required: ["error"],
  properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" } } } },
};
export const err = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
export const ok = (schema: object, description = "OK") => ({ description, content: { "application/json": { schema } } });
export const one = (ref: string) => ok({ type: "object", required: ["data"], properties: { data: { $ref: ref } } });
export const listParams = [
  { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
  { name: "cursor", in: "query", schema: { type: "integer", minimum: 1 } },
];
/** A cursor-paginated list of `ref`. */
export const listOf = (ref: string) => ({
  type: "object",
  required: ["data", "nextCursor"],
  properties: {
    data: { type: "array", items: { $ref: ref } },
    nextCursor: { type: ["integer", "null"], description: "Pass as ?cursor= for the next page; null on the last page" },
  },
});
export const errors = { "400": err("Invalid parameter") };
export const notFound = { "404": err("Not found") };
export const pathParam = (name: string, type: "integer" | "string" = "integer", pattern?: string) => ({
  name,
  in: "path",
  required: true,
  schema: pattern ? { type, pattern } : { type },
});
