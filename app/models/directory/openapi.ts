// OpenAPI: who may call (session cookie or a department's bearer token), and
// the department read endpoints that token holders use (承办件).
import { assignmentRoleEnum, assignmentStateEnum, proposalStateEnum } from "../../../db/loop.schema";
import { err, ok } from "../../utils/openapi/common";

const integer = { type: "integer" };
const text = { type: "string" };
const nullableText = { type: ["string", "null"] };
const dateTime = { type: "string", format: "date-time" };
const role = { type: "string", enum: [...assignmentRoleEnum.enumValues] };
const state = { type: "string", enum: [...assignmentStateEnum.enumValues] };

export const securitySchemes = {
  bearerAuth: {
    type: "http",
    scheme: "bearer",
    description:
      "An API token (`xs_…`) issued by an administrator at /admin/tokens for one department's own system. It acts as that department: " +
      "it sees and acts on the department's assignments only. Rate limited per token (API_TOKEN_RATE_LIMIT a minute, default 120): " +
      "over the limit the answer is 429 with Retry-After. A bearer call without cookies is not subject to the browser Origin check.",
  },
  sessionCookie: { type: "apiKey", in: "cookie", name: "xs_session", description: "The signed-in browser session; state-changing calls must come from this site (Origin)." },
} as const;

/** Put on every operation that needs a caller. */
export const authenticated = [{ bearerAuth: [] }, { sessionCookie: [] }];

export const authResponses = {
  "401": err("Not signed in, or the bearer token is unknown or revoked (with WWW-Authenticate: Bearer)"),
  "429": {
    ...err("Too many requests for this token"),
    headers: { "Retry-After": { description: "Seconds until the next request is allowed", schema: { type: "integer", minimum: 1 } } },
  },
};

export const tokenPaths = {
  "/api/v1/assignments": {
    get: {
      summary: "The caller's department's proposal assignments (承办件), earliest deadline first, with the console's bucket",
      security: authenticated,
      responses: {
        "200": ok({ type: "object", required: ["data"], properties: { data: { type: "array", items: { $ref: "#/components/schemas/AssignmentSummary" } } } }),
        ...authResponses,
        "403": err("The caller is not a department account or a department's token"),
      },
    },
  },
  "/api/v1/assignments/{id}": {
    get: {
      summary: "One of the caller's own assignments: the proposal's text, this department's replies and handling notes",
      security: authenticated,
      parameters: [{ name: "id", in: "path", required: true, schema: integer }],
      responses: {
        "200": ok({ type: "object", required: ["data"], properties: { data: { $ref: "#/components/schemas/Assignment" } } }),
        "400": err("Invalid id"),
        ...authResponses,
        "403": err("The caller is not a department account or a department's token"),
        "404": err("No such assignment, or another department's"),
      },
    },
  },
} as const;

export const tokenSchemas = {
  AssignmentSummary: {
    type: "object",
    required: ["id", "caseNo", "title", "role", "state", "deadline", "overdueDays", "bucket", "isKey", "version"],
    properties: {
      id: integer,
      caseNo: nullableText,
      title: text,
      role,
      state,
      deadline: { type: "string", format: "date" },
      overdueDays: integer,
      bucket: { type: "string", enum: ["new", "overdue", "due_soon", "in_progress", "replied", "evaluated"] },
      isKey: { type: "boolean" },
      version: integer,
    },
  },
  Assignment: {
    type: "object",
    required: ["id", "department", "role", "state", "deadline", "overdueDays", "version", "proposal", "replies", "notes"],
    properties: {
      id: integer,
      department: text,
      role,
      state,
      deadline: { type: "string", format: "date" },
      overdueDays: integer,
      version: integer,
      proposal: {
        type: "object",
        required: ["id", "caseNo", "title", "state", "body", "url"],
        properties: { id: integer, caseNo: nullableText, title: text, state: { type: "string", enum: [...proposalStateEnum.enumValues] }, body: { type: "string", description: "Markdown" }, url: text },
      },
      replies: {
        type: "array",
        items: {
          type: "object",
          required: ["id", "kind", "category", "body", "state", "reviewNote", "createdAt"],
          properties: {
            id: integer,
            kind: { type: "string", enum: ["formal", "holding", "co_opinion"] },
            category: { type: ["string", "null"], enum: ["A", "B", "C", "D", null] },
            body: nullableText,
            state: text,
            reviewNote: nullableText,
            createdAt: dateTime,
          },
        },
      },
      notes: {
        type: "array",
        items: {
          type: "object",
          required: ["id", "kind", "body", "happenedOn", "createdAt"],
          properties: { id: integer, kind: text, body: text, happenedOn: nullableText, createdAt: dateTime },
        },
      },
    },
  },
} as const;
