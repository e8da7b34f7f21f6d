// OpenAPI: public disclosure catalogues (信息公开目录, #7).
import { errors, listOf, listParams, notFound, ok } from "../../utils/openapi/common";

export const cataloguePaths = {
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
} as const;

const catalogueProperties = {
  id: { type: "integer" },
  slug: { type: "string" },
  title: { type: "string" },
  description: { type: "string" },
  owner: { type: "string", description: "The department or organisation that keeps the catalogue" },
  entries: { type: "integer" },
  overdueItems: { type: "integer" },
  lastPublishedAt: { type: ["string", "null"], format: "date-time" },
  url: { type: "string" },
  feeds: { type: "object", properties: { rss: { type: "string" }, atom: { type: "string" } } },
  csv: { type: "string" },
};

export const catalogueSchemas = {
  CatalogueSummary: {
    type: "object",
    required: ["id", "slug", "title", "items", "url"],
    properties: { ...catalogueProperties, items: { type: "integer", description: "Number of items" } },
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
    type: "object",
    required: ["id", "slug", "title", "items"],
    properties: { ...catalogueProperties, items: { type: "array", items: { $ref: "#/components/schemas/CatalogueItem" } } },
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
          catalogue: { type: "object", properties: { slug: { type: "string" }, title: { type: "string" } } },
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
} as const;
