// The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json.
// Kept next to the routes it describes; a test checks every path here answers.
import { studioPaths, studioSchemas } from "./openapi-studios";
const page = {
  type: "object",
  required: ["data", "nextCursor"],
  properties: { nextCursor: { type: ["integer", "null"], description: "Pass as ?cursor= for the next page; null on the last page" } },
};
const error = {
  type: "object",
  required: ["error"],
  properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" } } } },
};
const listParams = [
  { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
  { name: "cursor", in: "query", schema: { type: "integer", minimum: 1 } },
];
const errors = {
  "400": { description: "Invalid parameter", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
};
const notFound = { "404": { description: "Not found", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } } };
const ok = (schema: object, description = "OK") => ({ description, content: { "application/json": { schema } } });
const listOf = (ref: string) => ({ ...page, properties: { ...page.properties, data: { type: "array", items: { $ref: ref } } } });

export const openapi = {
  openapi: "3.1.0",
  info: {
    title: "协商 Xieshang API",
    version: "1.0.0",
    description: "Published reports and proposals, their recommendations, departments and organisations, and search over them. Lists use cursor pagination.",
  },
  servers: [{ url: "/" }],
  paths: {
    ...studioPaths,
    "/api/v1/documents": {
      get: {
        summary: "Published documents, newest first",
        parameters: [
          ...listParams,
          { name: "kind", in: "query", schema: { $ref: "#/components/schemas/DocumentKind" } },
          { name: "organisation", in: "query", schema: { type: "integer" } },
          { name: "year", in: "query", schema: { type: "integer" } },
          { name: "department", in: "query", schema: { type: "integer" }, description: "Documents with a recommendation naming this department" },
        ],
        responses: { "200": ok(listOf("#/components/schemas/DocumentSummary")), ...errors },
      },
    },
    "/api/v1/documents/{slug}": {
      get: {
        summary: "One document with its tree of recommendations",
        parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": ok({ type: "object", properties: { data: { $ref: "#/components/schemas/Document" } } }), ...notFound },
      },
    },
    "/api/v1/recommendations": {
      get: {
        summary: "Recommendations (leaves of the document trees), oldest first",
        parameters: [
          ...listParams,
          { name: "department", in: "query", schema: { type: "integer" } },
          { name: "document", in: "query", schema: { type: "string" }, description: "Document slug" },
        ],
        responses: { "200": ok(listOf("#/components/schemas/Recommendation")), ...errors },
      },
    },
    "/api/v1/recommendations/{id}": {
      get: {
        summary: "One recommendation with its departments and public timeline",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }],
        responses: { "200": ok({ type: "object", properties: { data: { $ref: "#/components/schemas/Recommendation" } } }), ...notFound },
      },
    },
    "/api/v1/departments": {
      get: {
        summary: "The departments directory (承办单位)",
        parameters: [...listParams, { name: "q", in: "query", schema: { type: "string" }, description: "Name or alias contains" }],
        responses: { "200": ok(listOf("#/components/schemas/Department")), ...errors },
      },
    },
    "/api/v1/departments/{id}": {
      get: {
        summary: "One department with the recommendations that name it",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }],
        responses: { "200": ok({ type: "object", properties: { data: { $ref: "#/components/schemas/Department" } } }), ...notFound },
      },
    },
    "/api/v1/search": {
      get: {
        summary: "Full-text search over published documents and recommendations (Simplified and Traditional alike)",
        description:
          "Words are separated by spaces; items containing all of them come first. Text in quotes is matched as an exact phrase. " +
          "Any query is accepted: one with nothing searchable returns no results. Facet counts are over the matching items. " +
          "Totals are counted up to 2,000 matches (totalExact false beyond, and facet counts cover those 2,000); results are reachable up to the 1,000th. The cursor is the offset of the next result.",
        parameters: [
          { name: "q", in: "query", schema: { type: "string" }, description: "The query" },
          { name: "kind", in: "query", schema: { $ref: "#/components/schemas/SearchKind" } },
          { name: "status", in: "query", schema: { type: "string" } },
          { name: "category", in: "query", schema: { type: "string" }, description: "Document kind (or reply category A–D)" },
          { name: "department", in: "query", schema: { type: "integer" } },
          { name: "organisation", in: "query", schema: { type: "integer" } },
          { name: "year", in: "query", schema: { type: "integer" } },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
          { name: "cursor", in: "query", schema: { type: "integer", minimum: 0, maximum: 1000 } },
        ],
        responses: {
          "200": ok({
            type: "object",
            required: ["query", "total", "totalExact", "data", "facets", "nextCursor"],
            properties: {
              query: { type: "string" },
              total: { type: "integer" },
              totalExact: { type: "boolean", description: "False when there were more matches than could be counted (total is then a lower bound)" },
              data: { type: "array", items: { $ref: "#/components/schemas/SearchHit" } },
              facets: {
                type: "object",
                properties: Object.fromEntries(
                  ["kind", "status", "category", "department", "organisation", "year"].map((f) => [f, { type: "array", items: { $ref: "#/components/schemas/FacetValue" } }]),
                ),
              },
              nextCursor: { type: ["integer", "null"] },
            },
          }),
          ...errors,
          "503": { description: "Search engine unavailable", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        },
      },
    },
    "/api/v1/proposals": {
      get: {
        summary: "Accepted proposals (提案) with their departments, state and overdue days",
        parameters: [...listParams, { name: "department", in: "query", schema: { type: "integer" } }, { name: "overdue", in: "query", schema: { type: "string", enum: ["1"] } }],
        responses: { "200": ok({ type: "object", properties: { data: { type: "array", items: { type: "object" } }, total: { type: "integer" }, nextCursor: { type: ["integer", "null"] } } }), ...errors },
      },
    },
    "/api/v1/proposals/{caseNo}": {
      get: {
        summary: "One proposal by case number: assignments, published replies, evaluations and the public timeline",
        parameters: [{ name: "caseNo", in: "path", required: true, schema: { type: "string", pattern: "^\\d{4}-\\d{4}$" } }],
        responses: { "200": ok({ type: "object" }), ...notFound },
      },
    },
    "/api/v1/proposals/{id}/actions": {
      post: {
        summary: "Take a step of the loop on a proposal (session cookie): edit, invite, cosign, submit, withdraw, accept, return, reject, convert, merge, mark_key, assign, evaluate, close",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }],
        requestBody: { required: true, content: { "application/json": { schema: { type: "object", required: ["action"], properties: { action: { type: "string" } } } } } },
        responses: {
          "200": ok({ type: "object" }),
          "401": { description: "Not signed in", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
          "403": { description: "Not allowed for this user", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
          "409": { description: "Refused transition, with the reason", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
          ...errors,
        },
      },
    },
    "/api/v1/assignments/{id}/actions": {
      post: {
        summary: "A department's step on its own assignment (session cookie): sign, request_reassignment, note, reply; staff: decide_reassignment",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }],
        requestBody: { required: true, content: { "application/json": { schema: { type: "object", required: ["action"], properties: { action: { type: "string" } } } } } },
        responses: { "200": ok({ type: "object" }), "409": { description: "Refused", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }, ...notFound, ...errors },
      },
    },
    "/api/v1/replies/{id}/review": {
      post: {
        summary: "Staff review of a reply before publication (通过 / 驳回)",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }],
        requestBody: { required: true, content: { "application/json": { schema: { type: "object", required: ["approve"], properties: { approve: { type: "boolean" }, note: { type: "string" } } } } } },
        responses: { "200": ok({ type: "object" }), "409": { description: "Already reviewed", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }, ...notFound },
      },
    },
    "/api/v1/organisations": {
      get: {
        summary: "Parties, 工商联, special committees and sectors",
        parameters: listParams,
        responses: { "200": ok(listOf("#/components/schemas/Organisation")), ...errors },
      },
    },
    // ——— Disclosure catalogues (信息公开目录, #7) ———
    "/api/v1/catalogues": {
      get: {
        summary: "Public disclosure catalogues, in id order, with item counts and overdue items",
        parameters: listParams,
        responses: { "200": ok(listOf("#/components/schemas/CatalogueSummary")), ...errors },
      },
    },
    "/api/v1/catalogues/{slug}": {
      get: {
        summary: "One catalogue with its items, each with its last update and overdue status",
        parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": ok({ type: "object", properties: { data: { $ref: "#/components/schemas/Catalogue" } } }), ...notFound },
      },
    },
    "/api/v1/catalogues/{slug}/entries": {
      get: {
        summary: "Published entries of a catalogue (superseded versions included and marked), newest first",
        parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }, ...listParams],
        responses: { "200": ok(listOf("#/components/schemas/CatalogueEntrySummary")), ...errors, ...notFound },
      },
    },
    "/api/v1/catalogues/entries/{id}": {
      get: {
        summary: "One published entry with attachments, its correction chain and moderated feedback",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }],
        responses: { "200": ok({ type: "object", properties: { data: { $ref: "#/components/schemas/CatalogueEntry" } } }), ...notFound },
      },
    },
  },
  components: {
    schemas: {
      ...studioSchemas,
      Error: error,
      CatalogueSummary: {
        type: "object",
        required: ["id", "slug", "title"],
        properties: {
          id: { type: "integer" },
          slug: { type: "string" },
          title: { type: "string" },
          description: { type: "string" },
          owner: { type: "string", description: "The department or organisation that keeps the catalogue" },
          items: { type: "integer" },
          entries: { type: "integer" },
          overdueItems: { type: "integer" },
          lastPublishedAt: { type: ["string", "null"], format: "date-time" },
          url: { type: "string" },
          feeds: { type: "object", properties: { rss: { type: "string" }, atom: { type: "string" } } },
          csv: { type: "string" },
        },
      },
      CatalogueItem: {
        type: "object",
        properties: {
          id: { type: "integer" },
          title: { type: "string" },
          contentElements: { type: "string" },
          scope: { type: "string" },
          basis: { type: "string" },
          frequency: { type: "string", enum: ["as_needed", "monthly", "quarterly", "half_yearly", "yearly", "event"] },
          frequencyDays: { type: ["integer", "null"], description: "Working days after the event (event, as_needed)" },
          timeLimitDays: { type: "integer", description: "Periodic items: days after the period ends" },
          timeLimit: { type: "string" },
          responsibleDepartment: { type: ["object", "null"], properties: { id: { type: "integer" }, name: { type: "string" } } },
          channel: { type: "string" },
          mode: { type: "string", enum: ["proactive", "on_request"] },
          source: { type: "string", enum: ["manual", "proposal_replies"] },
          effectiveFrom: { type: "string", format: "date" },
          version: { type: "integer" },
          lastPublishedAt: { type: ["string", "null"], format: "date-time" },
          status: {
            type: "object",
            properties: {
              overdue: { type: "boolean" },
              daysLate: { type: "integer" },
              dueDate: { type: ["string", "null"], format: "date" },
              missingPeriods: { type: "array", items: { type: "object", properties: { start: { type: "string" }, end: { type: "string" }, label: { type: "string" } } } },
            },
          },
          url: { type: "string" },
        },
      },
      Catalogue: {
        allOf: [
          { $ref: "#/components/schemas/CatalogueSummary" },
          { type: "object", properties: { items: { type: "array", items: { $ref: "#/components/schemas/CatalogueItem" } } } },
        ],
      },
      CatalogueEntrySummary: {
        type: "object",
        properties: {
          id: { type: "integer" },
          title: { type: "string" },
          status: { type: "string", enum: ["published", "superseded"] },
          revision: { type: "integer" },
          previousId: { type: ["integer", "null"] },
          supersededById: { type: ["integer", "null"] },
          item: { type: "object", properties: { id: { type: "integer" }, title: { type: "string" } } },
          periodStart: { type: ["string", "null"], format: "date" },
          periodEnd: { type: ["string", "null"], format: "date" },
          occurredOn: { type: ["string", "null"], format: "date" },
          publishedAt: { type: ["string", "null"], format: "date-time" },
          url: { type: "string" },
        },
      },
      CatalogueEntry: {
        allOf: [
          { $ref: "#/components/schemas/CatalogueEntrySummary" },
          {
            type: "object",
            properties: {
              body: { type: "string", description: "Markdown" },
              html: { type: "string", description: "Rendered and sanitized" },
              correctionNote: { type: ["string", "null"] },
              lateByDays: { type: "integer" },
              attachments: { type: "array", items: { type: "object", properties: { id: { type: "integer" }, fileName: { type: "string" }, mimeType: { type: "string" }, size: { type: "integer" }, url: { type: "string" } } } },
              feedback: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    id: { type: "integer" },
                    kind: { type: "string", enum: ["question", "error_report"] },
                    body: { type: "string" },
                    askedAt: { type: "string", format: "date-time" },
                    answer: { type: ["string", "null"] },
                    answeredAt: { type: ["string", "null"], format: "date-time" },
                    waitingDays: { type: ["integer", "null"] },
                  },
                },
              },
            },
          },
        ],
      },
      DocumentKind: {
        type: "string",
        enum: ["research_report", "party_proposal", "member_proposal", "joint_proposal", "committee_proposal", "social_opinion"],
      },
      Mention: {
        type: "object",
        properties: {
          id: { type: "integer" },
          name: { type: "string" },
          role: { type: "string", enum: ["lead", "co", "mentioned"] },
          mention: { type: "string" },
          confirmed: { type: "boolean" },
        },
      },
      DocumentSummary: {
        type: "object",
        required: ["id", "slug", "kind", "title", "year"],
        properties: {
          id: { type: "integer" },
          slug: { type: "string" },
          kind: { $ref: "#/components/schemas/DocumentKind" },
          title: { type: "string" },
          byline: { type: ["string", "null"] },
          year: { type: "integer" },
          session: { type: ["string", "null"] },
          authors: { type: "array", items: { type: "string" } },
          organisation: { type: ["object", "null"], properties: { slug: { type: "string" }, name: { type: "string" } } },
          recommendations: { type: "integer" },
          version: { type: "integer" },
          url: { type: "string" },
        },
      },
      Node: {
        type: "object",
        properties: {
          id: { type: "integer" },
          path: { type: "string" },
          anchor: { type: "string" },
          kind: { type: "string", enum: ["part", "section", "item"] },
          marker: { type: ["string", "null"] },
          title: { type: "string" },
          text: { type: "string" },
          isRecommendation: { type: "boolean" },
          departments: { type: "array", items: { $ref: "#/components/schemas/Mention" } },
          children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
        },
      },
      Document: {
        allOf: [
          { $ref: "#/components/schemas/DocumentSummary" },
          { type: "object", properties: { intro: { type: "string" }, children: { type: "array", items: { $ref: "#/components/schemas/Node" } } } },
        ],
      },
      Recommendation: {
        type: "object",
        properties: {
          id: { type: "integer" },
          marker: { type: ["string", "null"] },
          title: { type: "string" },
          text: { type: "string" },
          document: { type: "object", properties: { slug: { type: "string" }, title: { type: "string" }, year: { type: "integer" } } },
          departments: { type: "array", items: { $ref: "#/components/schemas/Mention" } },
          url: { type: "string" },
          anchorUrl: { type: "string" },
        },
      },
      SearchKind: { type: "string", enum: ["document", "recommendation", "reply", "disclosure", "session"] },
      SearchHit: {
        type: "object",
        required: ["kind", "id", "title", "url"],
        properties: {
          kind: { $ref: "#/components/schemas/SearchKind" },
          id: { type: "integer" },
          title: { type: "string" },
          titleHtml: { type: "string", description: "Escaped title with the query words in <mark>" },
          snippetHtml: { type: "string", description: "Escaped passage with the query words in <mark>" },
          url: { type: "string", description: "Link, with the recommendation's anchor (#r-2-1)" },
          anchor: { type: ["string", "null"] },
          year: { type: ["integer", "null"] },
          status: { type: ["string", "null"] },
          category: { type: ["string", "null"] },
          organisation: { type: ["object", "null"], properties: { id: { type: "integer" }, name: { type: "string" } } },
          departments: { type: "array", items: { type: "object", properties: { id: { type: "integer" }, name: { type: "string" } } } },
        },
      },
      FacetValue: {
        type: "object",
        properties: { value: { type: "string" }, label: { type: "string" }, count: { type: "integer" } },
      },
      Department: {
        type: "object",
        properties: {
          id: { type: "integer" },
          name: { type: "string" },
          shortName: { type: ["string", "null"] },
          aliases: { type: "array", items: { type: "string" } },
          level: { type: "string", enum: ["province", "city", "district"] },
          kind: { type: "string" },
          parentId: { type: ["integer", "null"] },
        },
      },
      Organisation: {
        type: "object",
        properties: {
          id: { type: "integer" },
          slug: { type: "string" },
          name: { type: "string" },
          shortName: { type: ["string", "null"] },
          aliases: { type: "array", items: { type: "string" } },
          kind: { type: "string", enum: ["party", "federation", "committee", "sector"] },
        },
      },
    },
  },
} as const;
