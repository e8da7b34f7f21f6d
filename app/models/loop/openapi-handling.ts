// The public view of a recommendation's handling in the OpenAPI document
// (components/schemas/RecommendationHandling; recommendation-status.server.ts handlingForApi).
import { adoptionEnum, assignmentRoleEnum, assignmentStateEnum, proposalStateEnum } from "../../../db/loop.schema";

const integer = { type: "integer" };
const text = { type: "string" };
const nullableText = { type: ["string", "null"] };
const stateEnum = { type: "string", enum: [...proposalStateEnum.enumValues] };

const departmentHandling = {
  type: "object",
  required: ["departmentId", "department", "role", "state", "deadline", "overdueDays", "adoption", "adoptionReason", "progress"],
  properties: {
    departmentId: integer,
    department: text,
    role: { type: "string", enum: [...assignmentRoleEnum.enumValues], description: "sole 单办, lead 主办, co 会办, separate 分办" },
    state: { type: "string", enum: [...assignmentStateEnum.enumValues] },
    deadline: text,
    overdueDays: integer,
    adoption: { type: ["string", "null"], enum: [...adoptionEnum.enumValues, null], description: "A report recommendation: what the department reported" },
    adoptionReason: nullableText,
    progress: { type: ["integer", "null"], description: "0–100, a report recommendation's progress" },
  },
};

export const recommendationHandlingSchema = {
  type: ["object", "null"],
  description:
    "How a recommendation is handled (null for background and headings). A proposal's recommendations: the proposal's handling and the adoption its lead marked in the published formal reply. A report's: its own assignments with adoption and progress.",
  required: ["proposal", "departments", "adoptions"],
  properties: {
    proposal: {
      type: ["object", "null"],
      required: ["caseNo", "state", "categories", "evaluation", "departments"],
      properties: {
        caseNo: text,
        state: stateEnum,
        categories: { type: "array", items: text },
        evaluation: { type: ["object", "null"], properties: { attitude: text, result: text } },
        departments: { type: "array", items: departmentHandling },
      },
    },
    departments: { type: "array", items: departmentHandling },
    adoptions: {
      type: "array",
      items: { type: "object", required: ["department", "adoption", "reason"], properties: { department: text, adoption: { type: "string", enum: [...adoptionEnum.enumValues] }, reason: text } },
    },
  },
};
