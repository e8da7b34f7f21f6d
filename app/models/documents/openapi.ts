// OpenAPI: published documents, recommendations, departments, organisations, search.
import { SEARCH_KINDS } from "../../../search/engine";
import { err, errors, listOf, listParams, notFound, ok, one } from "../../utils/openapi/common";

export const contentPaths = {
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
      responses: { "200": one("#/components/schemas/RecommendationDetail"), ...notFound },
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
      responses: { "200": one("#/components/schemas/DepartmentDetail"), ...notFound },
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
        "503": err("Search engine unavailable"),
      },
    },
  },
  "/api/v1/organisations": {
    get: {
      summary: "Parties, 工商联, special committees and sectors",
      parameters: listParams,
      responses: { "200": ok(listOf("#/components/schemas/Organisation")), ...errors },
    },
  },
} as const;

export const contentSchemas = {
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
  NodeKind: {
    type: "string",
    enum: ["recommendation", "background", "heading"],
    description: "建议 (counted, assigned, given a status), 背景情况 (context only) or 标题 (holds other nodes)",
  },
  Node: {
    type: "object",
    properties: {
      id: { type: "integer" },
      path: { type: "string" },
      anchor: { type: "string" },
      kind: { $ref: "#/components/schemas/NodeKind" },
      level: { type: "string", enum: ["part", "section", "item"], description: "Where the node sits in the tree (部分/条/项)" },
      marker: { type: ["string", "null"] },
      title: { type: "string" },
      text: { type: "string" },
      isRecommendation: { type: "boolean", description: "kind is recommendation: counted, assigned and given a status" },
      departments: { type: "array", items: { $ref: "#/components/schemas/Mention" } },
      handling: { $ref: "#/components/schemas/RecommendationHandling" },
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
      document: { type: "object", properties: { slug: { type: "string" }, title: { type: "string" }, kind: { $ref: "#/components/schemas/DocumentKind" }, year: { type: "integer" } } },
      departments: { type: "array", items: { $ref: "#/components/schemas/Mention" } },
      url: { type: "string" },
      anchorUrl: { type: "string" },
    },
  },
  RecommendationDetail: {
    allOf: [
      { $ref: "#/components/schemas/Recommendation" },
      {
        type: "object",
        required: ["isRecommendation", "kind", "timeline"],
        properties: {
          isRecommendation: { type: "boolean", description: "False for background and headings" },
          kind: { $ref: "#/components/schemas/NodeKind" },
          handling: { $ref: "#/components/schemas/RecommendationHandling" },
          timeline: {
            type: "array",
            description: "Public events of the recommendation: mentions confirmed, assignments, replies",
            items: {
              type: "object",
              properties: { at: { type: "string", format: "date-time" }, action: { type: "string" }, from: { type: ["string", "null"] }, to: { type: ["string", "null"] }, note: { type: ["string", "null"] } },
            },
          },
        },
      },
    ],
  },
  SearchKind: {
    type: "string",
    enum: [...SEARCH_KINDS],
    description: "recommendation: a recommendation proper (background and headings are searched with their document, never as recommendations)",
  },
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
      url: { type: "string" },
    },
  },
  DepartmentDetail: {
    allOf: [
      { $ref: "#/components/schemas/Department" },
      {
        type: "object",
        properties: {
          active: { type: "boolean" },
          mergedIntoId: { type: ["integer", "null"], description: "Set when this entry was merged into another department" },
          recommendations: {
            type: "array",
            items: {
              type: "object",
              properties: {
                id: { type: "integer" },
                title: { type: "string" },
                role: { type: "string", enum: ["lead", "co", "mentioned"] },
                document: { type: "object", properties: { slug: { type: "string" }, title: { type: "string" } } },
              },
            },
          },
        },
      },
    ],
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
      url: { type: "string" },
    },
  },
} as const;
