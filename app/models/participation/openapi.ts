// OpenAPI: public participation (#17) — consultation topics (协商议题) and their
// opinions, supports (附议) and proposal leads (提案线索). Only moderated,
// public items are ever listed; posting is personal (the session cookie).
import { err, listOf as list, listParams as page, one, ok, pathParam } from "../../utils/openapi/common";

const cookieNote =
  "Personal: this call uses the signed-in browser session (the `xs_session` cookie set by /login), and must come from this site " +
  "(its Origin is checked). API tokens act for departments and get 403. What you send waits for staff moderation before it is public.";
const str = { type: "string" };
const strOrNull = { type: ["string", "null"] };
const int = { type: "integer" };
const personal = { description: cookieNote, security: [{ sessionCookie: [] }] };
const refused = { "400": err("Invalid body"), "401": err("Not signed in"), "403": err("API token, or not allowed"), "429": err("Too many posts (rate limit per account and address)") };
const created = (description: string) =>
  ok(
    {
      type: "object",
      required: ["data"],
      properties: { data: { type: "object", required: ["id", "state", "url"], properties: { id: int, state: { type: "string", enum: ["pending"] }, url: str } } },
    },
    description,
  );
const offsetList = (ref: string) => ({
  type: "object",
  required: ["data", "total", "nextCursor"],
  properties: {
    data: { type: "array", items: { $ref: ref } },
    total: int,
    nextCursor: { type: ["integer", "null"], description: "An offset: pass as ?cursor= for the next page; null on the last page" },
  },
});
const offsetParams = [page[0], { name: "cursor", in: "query", schema: { type: "integer", minimum: 0 }, description: "Offset into the order" }];

const topicProps = {
  id: int,
  title: str,
  state: { type: "string", enum: ["open", "closed", "summarised"] },
  opensAt: { type: "string", format: "date-time" },
  closesAt: { type: "string", format: "date-time" },
  meeting: {
    type: "object",
    properties: { kind: { type: "string", enum: ["standing_committee", "special_consultation", "other"] }, title: str, date: { type: ["string", "null"], format: "date" } },
  },
  organisation: strOrNull,
  opinions: { type: "integer", description: "Approved opinions" },
  url: str,
  feeds: { type: "object", properties: { atom: str, rss: str } },
  csv: { type: "string", description: "The approved opinions as CSV (open data export)" },
};
const linkList = { type: "array", items: { type: "object", properties: { slug: str, title: str, url: str } } };
const opinionProps = {
  id: int,
  topicId: int,
  body: { type: "string", description: "Plain text; paragraphs separated by blank lines" },
  author: { type: "string", description: "Display name" },
  member: { type: "boolean", description: "Posted by a CPPCC member (委员)" },
  supports: int,
  merged: { type: "integer", description: "Duplicates staff merged into this opinion" },
  createdAt: { type: "string", format: "date-time" },
  url: str,
};

export const participationSchemas = {
  Topic: { type: "object", required: ["id", "title", "state"], properties: topicProps },
  TopicDetail: {
    type: "object",
    properties: { ...topicProps, description: { type: "string", description: "Markdown" }, summary: str, documents: linkList, reports: linkList, acceptingOpinions: { type: "boolean" } },
  },
  Opinion: { type: "object", required: ["id", "body", "supports"], properties: opinionProps },
  OpinionDetail: {
    type: "object",
    properties: { ...opinionProps, topic: { type: "object", properties: { id: int, title: str, url: str } } },
  },
  Lead: {
    type: "object",
    required: ["id", "title", "state"],
    properties: {
      id: int,
      title: str,
      problem: str,
      suggestion: str,
      place: str,
      state: { type: "string", enum: ["pending", "forwarded_member", "forwarded_department", "drafted", "closed", "withdrawn"] },
      createdAt: { type: "string", format: "date-time" },
      forwardedTo: { type: "object", properties: { member: strOrNull, via: strOrNull, department: strOrNull } },
      proposal: {
        type: ["object", "null"],
        description: "The proposal a member started from the lead; its case number and page once accepted",
        properties: { caseNo: strOrNull, url: strOrNull, stage: { type: "string", enum: ["draft", "submitted", "withdrawn", "accepted"] } },
      },
      reason: { type: ["string", "null"], description: "Why staff closed it (public); the sender also sees staff's note on forwarding" },
      url: str,
    },
  },
  SupportedItem: {
    type: "object",
    properties: {
      subject: { type: "string", enum: ["recommendation", "proposal", "opinion"] },
      id: int,
      title: str,
      context: str,
      year: int,
      supports: int,
      url: str,
    },
  },
};

const supportBody = {
  required: true,
  content: {
    "application/json": {
      schema: { type: "object", required: ["subject", "id"], properties: { subject: { type: "string", enum: ["recommendation", "proposal", "opinion"] }, id: int } },
    },
  },
};
const supportState = ok({
  type: "object",
  properties: { data: { type: "object", properties: { subject: str, id: int, supports: int, supported: { type: "boolean" }, changed: { type: "boolean" } } } },
});

export const participationPaths = {
  "/api/v1/topics": {
    get: {
      summary: "Public consultation topics (协商议题), in id order; drafts are never listed",
      parameters: [...page, { name: "state", in: "query", schema: { type: "string", enum: ["open", "closed", "summarised"] } }],
      responses: { "200": ok(list("#/components/schemas/Topic")), "400": err("Invalid parameter") },
    },
  },
  "/api/v1/topics/{id}": {
    get: {
      summary: "One public topic with its description, background documents and published summary reports",
      parameters: [pathParam("id")],
      responses: { "200": one("#/components/schemas/TopicDetail"), "404": err("Not found") },
    },
  },
  "/api/v1/topics/{id}/opinions": {
    get: {
      summary: "A topic's approved opinions with support counts, most supported first (最受关注) or newest first",
      parameters: [pathParam("id"), ...offsetParams, { name: "sort", in: "query", schema: { type: "string", enum: ["support", "time"], default: "support" } }],
      responses: { "200": ok(offsetList("#/components/schemas/Opinion")), "400": err("Invalid parameter"), "404": err("Not found") },
    },
    post: {
      summary: "Post an opinion while the topic is open; it is pending until staff approve it",
      ...personal,
      parameters: [pathParam("id")],
      requestBody: { required: true, content: { "application/json": { schema: { type: "object", required: ["body"], properties: { body: { type: "string", maxLength: 20000 } } } } } },
      responses: { "201": created("Posted, waiting for moderation"), ...refused, "404": err("Not found"), "409": err("The topic is not open") },
    },
  },
  "/api/v1/opinions/{id}": {
    get: {
      summary: "One approved opinion (anything not approved is a 404)",
      parameters: [pathParam("id")],
      responses: { "200": one("#/components/schemas/OpinionDetail"), "404": err("Not found") },
    },
  },
  "/api/v1/supports": {
    get: {
      summary: "The most supported public items (最受关注), optionally of one kind and year",
      parameters: [
        ...offsetParams,
        { name: "kind", in: "query", schema: { type: "string", enum: ["recommendation", "proposal", "opinion"] } },
        { name: "year", in: "query", schema: { type: "integer", minimum: 2000, maximum: 2100 } },
      ],
      responses: { "200": ok(offsetList("#/components/schemas/SupportedItem")), "400": err("Invalid parameter") },
    },
    post: {
      summary: "Support (附议) a published recommendation or proposal, or an approved opinion — once per account",
      ...personal,
      requestBody: supportBody,
      responses: { "200": supportState, "201": supportState, ...refused, "404": err("Not found") },
    },
    delete: {
      summary: "Take your support back",
      ...personal,
      requestBody: supportBody,
      responses: { "200": supportState, ...refused, "404": err("Not found") },
    },
  },
  "/api/v1/leads": {
    get: {
      summary: "Proposal leads (提案线索) their senders agreed to show and staff published, in id order, with where each went",
      parameters: page,
      responses: { "200": ok(list("#/components/schemas/Lead")), "400": err("Invalid parameter") },
    },
    post: {
      summary: "Send a lead (a problem and a suggestion); staff triage it. Attachments only through the web form.",
      ...personal,
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["title", "problem", "suggestion"],
              properties: { title: str, problem: str, suggestion: str, place: str, consentPublic: { type: "boolean", description: "May it be shown publicly" } },
            },
          },
        },
      },
      responses: { "201": created("Sent, waiting for triage"), ...refused },
    },
  },
  "/api/v1/leads/{id}": {
    get: {
      summary: "One lead: public ones for everyone; its sender, staff and whoever it went to with their session cookie",
      parameters: [pathParam("id")],
      responses: { "200": one("#/components/schemas/Lead"), "404": err("Not found") },
    },
  },
};
