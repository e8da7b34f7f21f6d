// OpenAPI: the proposal loop (提案办理). Request bodies are generated from the
// zod schemas the routes parse with, so the document cannot drift from them.
import { z } from "zod";
import { assignmentAction, proposalAction, recommendationAssignmentAction, replyReview, reportAssignment } from "~/models/loop/loop-api.server";
import { recommendationHandlingSchema } from "./openapi-handling";
import { adoptionEnum, assignmentRoleEnum, assignmentStateEnum, proposalStateEnum, satisfactionEnum } from "../../../db/loop.schema";
import { err, errors, notFound, ok, one, pathParam } from "../../utils/openapi/common";
import { authResponses, authenticated } from "../directory/openapi";

const body = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema: z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) } } });

const integer = { type: "integer" };
const text = { type: "string" };
const nullableText = { type: ["string", "null"] };
const dateTime = { type: "string", format: "date-time" };
const stateEnum = { type: "string", enum: [...proposalStateEnum.enumValues] };
const actionNote =
  "Signed in with the browser session (`xs_session` cookie; the request's Origin must be this site) or, for a department's own system, " +
  "a bearer token issued by an administrator (`Authorization: Bearer xs_…`), which acts as that department.";
const refusals = {
  ...authResponses,
  "403": err("Not allowed for this user"),
  "404": err("Not found, or not visible to this user"),
  "409": err("Refused transition, with the reason in Chinese"),
  ...errors,
};
const done = ok({ type: "object", required: ["data"], properties: { data: { type: "object", properties: { ok: { const: true } } } } });

export const loopPaths = {
  "/api/v1/proposals": {
    get: {
      summary: "Accepted proposals (立案提案) with their departments, state and overdue days, by case number descending",
      description: "`cursor` is the page number here.",
      parameters: [
        { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
        { name: "cursor", in: "query", schema: { type: "integer", minimum: 1 }, description: "Page number" },
        { name: "department", in: "query", schema: integer, description: "Proposals assigned to this department" },
        { name: "overdue", in: "query", schema: { type: "string", enum: ["1"] }, description: "Only proposals with an overdue assignment" },
      ],
      responses: {
        "200": ok({
          type: "object",
          required: ["data", "total", "nextCursor"],
          properties: { data: { type: "array", items: { $ref: "#/components/schemas/ProposalSummary" } }, total: integer, nextCursor: { type: ["integer", "null"] } },
        }),
        ...errors,
      },
    },
  },
  "/api/v1/proposals/{caseNo}": {
    get: {
      summary: "One proposal by case number: assignments, published replies, evaluations and the public timeline",
      parameters: [pathParam("caseNo", "string", "^\\d{4}-\\d{4}$")],
      responses: { "200": one("#/components/schemas/Proposal"), ...notFound },
    },
  },
  "/api/v1/proposals/{id}/actions": {
    post: {
      summary: "Take a step of the loop on a proposal: edit, invite, cosign, submit, withdraw, accept, return, reject, convert, merge, mark_key, assign, evaluate, close",
      description: actionNote + " Who may take which step is the loop's rule table (see the proposal page).",
      security: authenticated,
      parameters: [pathParam("id")],
      requestBody: body(proposalAction),
      responses: { "200": done, ...refusals },
    },
  },
  "/api/v1/assignments/{id}/actions": {
    post: {
      summary:
        "A department's step on its own proposal assignment: sign (签收), request_reassignment, note (办理记录/沟通), reply (答复, a formal reply marks every recommendation's adoption), send_opinion (会办意见, co-handlers); staff: decide_reassignment, waive_opinion (免除会办意见)",
      description:
        actionNote +
        " A formal reply is refused (409) until every co-handler has sent its opinion or staff waived it. A report recommendation's assignment is a 404 here that names /api/v1/recommendation-assignments/{id}.",
      security: authenticated,
      parameters: [pathParam("id")],
      requestBody: body(assignmentAction),
      responses: { "200": done, ...refusals },
    },
  },
  "/api/v1/recommendation-assignments/{id}": {
    get: {
      summary: "One of the caller's own research-report recommendation assignments: the recommendation, adoption (采纳情况) and progress",
      security: authenticated,
      parameters: [pathParam("id")],
      responses: {
        "200": ok({
          type: "object",
          required: ["data"],
          properties: {
            data: {
              type: "object",
              required: ["id", "department", "role", "state", "deadline", "overdueDays", "version", "adoption", "adoptionReason", "progress", "recommendation"],
              properties: {
                id: integer,
                department: text,
                role: { type: "string", enum: [...assignmentRoleEnum.enumValues] },
                state: { type: "string", enum: [...assignmentStateEnum.enumValues] },
                deadline: text,
                overdueDays: integer,
                version: integer,
                adoption: { type: ["string", "null"], enum: [...adoptionEnum.enumValues, null] },
                adoptionReason: nullableText,
                progress: { type: ["integer", "null"] },
                recommendation: { type: ["object", "null"] },
              },
            },
          },
        }),
        ...refusals,
      },
    },
  },
  "/api/v1/recommendation-assignments/{id}/actions": {
    post: {
      summary: "A department's step on a research-report recommendation's assignment: sign (签收), request_reassignment, report_adoption (已采纳/部分采纳/留作参考/不采纳 with a reason, progress 0–100); staff: decide_reassignment",
      description: actionNote + " A proposal's assignment is a 404 here that names /api/v1/assignments/{id}.",
      security: authenticated,
      parameters: [pathParam("id")],
      requestBody: body(recommendationAssignmentAction),
      responses: { "200": done, ...refusals },
    },
  },
  "/api/v1/documents/{slug}/assignments": {
    post: {
      summary: "Staff 交办 a research report in one go: one row per recommendation (lead, co-handlers, deadline); one transaction, all rows or none",
      description: actionNote + " Background and headings are refused (409); a proposal's document is a 404 (proposals are assigned as a whole).",
      security: authenticated,
      parameters: [pathParam("slug", "string")],
      requestBody: body(reportAssignment),
      responses: {
        "201": ok({
          type: "object",
          required: ["data"],
          properties: {
            data: {
              type: "array",
              items: {
                type: "object",
                required: ["id", "recommendationId", "departmentId", "role", "deadline"],
                properties: { id: integer, recommendationId: integer, departmentId: integer, role: { type: "string", enum: [...assignmentRoleEnum.enumValues] }, deadline: text },
              },
            },
          },
        }),
        ...refusals,
      },
    },
  },
  "/api/v1/replies/{id}/review": {
    post: {
      summary: "Staff review of a reply before publication (通过 / 驳回 with a note)",
      description: actionNote,
      security: authenticated,
      parameters: [pathParam("id")],
      requestBody: body(replyReview),
      responses: { "200": done, ...refusals },
    },
  },
} as const;

export const loopSchemas = {
  RecommendationHandling: recommendationHandlingSchema,
  ProposalSummary: {
    type: "object",
    required: ["id", "caseNo", "title", "state", "kind", "year", "isKey", "departments", "overdueDays", "url"],
    properties: {
      id: integer,
      caseNo: { type: "string", pattern: "^\\d{4}-\\d{4}$" },
      title: text,
      state: stateEnum,
      kind: { type: "string", enum: ["member_proposal", "joint_proposal", "party_proposal", "committee_proposal"] },
      year: integer,
      isKey: { type: "boolean", description: "重点提案" },
      departments: {
        type: "array",
        items: { type: "object", required: ["name", "role"], properties: { name: text, role: { type: "string", enum: [...assignmentRoleEnum.enumValues] } } },
      },
      overdueDays: { type: "integer", minimum: 0, description: "Working days past the latest deadline of an unanswered assignment" },
      url: text,
    },
  },
  Proposal: {
    type: "object",
    required: ["id", "caseNo", "title", "state", "kind", "year", "isKey", "body", "assignments", "replies", "evaluations", "timeline", "document"],
    properties: {
      id: integer,
      caseNo: text,
      title: text,
      state: stateEnum,
      kind: text,
      year: integer,
      isKey: { type: "boolean" },
      body: { type: "string", description: "Markdown" },
      assignments: {
        type: "array",
        items: {
          type: "object",
          required: ["id", "department", "departmentId", "role", "state", "deadline", "overdueDays"],
          properties: {
            id: integer,
            department: text,
            departmentId: integer,
            role: { type: "string", enum: [...assignmentRoleEnum.enumValues] },
            state: { type: "string", enum: [...assignmentStateEnum.enumValues] },
            deadline: { type: "string", format: "date" },
            overdueDays: integer,
          },
        },
      },
      replies: {
        type: "array",
        description: "Published replies; a corrected one stays, with correctedBy",
        items: {
          type: "object",
          required: ["id", "kind", "category", "body", "state", "createdAt", "departmentName"],
          properties: {
            id: integer,
            correctsId: { type: ["integer", "null"] },
            correctedBy: { type: ["integer", "null"] },
            kind: { type: "string", enum: ["formal", "holding", "co_opinion"] },
            category: { type: ["string", "null"], enum: ["A", "B", "C", "D", null] },
            body: { ...nullableText, description: "Null when the proposer did not consent to publishing the text" },
            state: text,
            reviewNote: nullableText,
            createdAt: dateTime,
            departmentName: text,
            role: text,
            adoptions: {
              type: "array",
              description: "采纳情况: the adoption this reply marked on each recommendation (a formal reply marks every one; otherwise empty)",
              items: {
                type: "object",
                required: ["title", "adoption", "reason"],
                properties: { title: text, adoption: { type: "string", enum: [...adoptionEnum.enumValues] }, reason: text },
              },
            },
          },
        },
      },
      evaluations: {
        type: "array",
        items: {
          type: "object",
          required: ["id", "attitude", "result", "at"],
          properties: { id: integer, attitude: { type: "string", enum: [...satisfactionEnum.enumValues] }, result: { type: "string", enum: [...satisfactionEnum.enumValues] }, at: dateTime },
        },
      },
      timeline: {
        type: "array",
        items: {
          type: "object",
          required: ["id", "at", "action"],
          properties: {
            id: integer,
            at: dateTime,
            action: { type: "string", description: "The event, e.g. proposal.accepted, assignment.replied" },
            note: nullableText,
            department: nullableText,
            role: nullableText,
            deadline: nullableText,
            category: nullableText,
            caseNo: nullableText,
            attitude: nullableText,
            result: nullableText,
          },
        },
      },
      document: { ...nullableText, description: "The published document page of the proposal" },
    },
  },
} as const;
