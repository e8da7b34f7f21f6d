// OpenAPI: member studios (委员工作室), their sessions and sign-ups (#6).
import { err, listOf as list, listParams as page, ok } from "../../utils/openapi/common";

const sessionId = { name: "id", in: "path", required: true, schema: { type: "integer" } };
const mine = ok({ type: "object", properties: { data: { type: "object", properties: { mine: { oneOf: [{ $ref: "#/components/schemas/MySignup" }, { type: "null" }] } } } } });
const cookieNote =
  "Sign-ups are personal: this call uses the signed-in browser session (the `xs_session` cookie set by /login), " +
  "and a state-changing call must come from this site (its Origin is checked).";

export const studioPaths = {
  "/api/v1/studios": {
    get: {
      summary: "Member studios (委员工作室), in id order",
      parameters: [
        ...page,
        { name: "q", in: "query", schema: { type: "string" }, description: "Name, description, street or community contains" },
        { name: "district", in: "query", schema: { type: "string" } },
        { name: "sector", in: "query", schema: { type: "integer" }, description: "Organisation id of the studio's sector (界别) or party" },
      ],
      responses: { "200": ok(list("#/components/schemas/Studio")), "400": err("Invalid parameter") },
    },
  },
  "/api/v1/studios/{slug}": {
    get: {
      summary: "One studio with its resident members, upcoming sessions and duty rota",
      parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
      responses: { "200": ok({ type: "object", properties: { data: { $ref: "#/components/schemas/StudioDetail" } } }), "404": err("Not found") },
    },
  },
  "/api/v1/sessions": {
    get: {
      summary: "Published sessions (协商活动) of all studios, in id order. Times are UTC instants; the sessions take place in Asia/Shanghai.",
      parameters: [
        ...page,
        { name: "studio", in: "query", schema: { type: "string" }, description: "Studio slug" },
        { name: "status", in: "query", schema: { type: "string", enum: ["published", "closed", "held", "cancelled"] } },
        { name: "when", in: "query", schema: { type: "string", enum: ["upcoming", "past"] } },
      ],
      responses: { "200": ok(list("#/components/schemas/Session")), "400": err("Invalid parameter") },
    },
  },
  "/api/v1/sessions/{id}": {
    get: {
      summary: "One session with its description, and for held sessions the minutes and opinions (社情民意)",
      parameters: [sessionId],
      responses: { "200": ok({ type: "object", properties: { data: { $ref: "#/components/schemas/Session" } } }), "404": err("Not found") },
    },
  },
  "/api/v1/sessions/{id}/signups": {
    get: {
      summary: "Your sign-up for the session (organisers also get the whole list)",
      description: cookieNote,
      security: [{ sessionCookie: [] }],
      parameters: [sessionId],
      responses: {
        "200": ok({
          type: "object",
          properties: {
            data: {
              type: "object",
              properties: {
                mine: { oneOf: [{ $ref: "#/components/schemas/MySignup" }, { type: "null" }] },
                signups: { type: "array", items: { $ref: "#/components/schemas/Signup" }, description: "Organisers (staff, the studio's lead) only" },
              },
            },
          },
        }),
        "401": err("Not signed in"),
        "404": err("Not found"),
      },
    },
    post: {
      summary: "Sign up (one click). Beyond capacity you join the waitlist; the response gives your position.",
      description: cookieNote,
      security: [{ sessionCookie: [] }],
      parameters: [sessionId],
      responses: {
        "201": mine,
        "401": err("Not signed in"),
        "403": err("Members-only session (code forbidden)"),
        "404": err("Not found"),
        "409": err("Already signed up, sign-ups closed or not open yet, or overlapping another of your sessions (code conflict)"),
      },
    },
    delete: {
      summary: "Cancel your sign-up; the first on the waitlist who fits moves up and is notified",
      description: cookieNote,
      security: [{ sessionCookie: [] }],
      parameters: [sessionId],
      responses: { "200": mine, "401": err("Not signed in"), "404": err("Not signed up"), "409": err("The session has begun or is over") },
    },
  },
} as const;

export const studioSchemas = {
  Studio: {
    type: "object",
    properties: {
      id: { type: "integer" },
      slug: { type: "string" },
      name: { type: "string" },
      place: {
        type: "object",
        properties: { district: { type: "string" }, street: { type: "string" }, community: { type: "string" }, address: { type: "string" } },
      },
      sector: { type: ["object", "null"], properties: { id: { type: "integer" }, name: { type: "string" } } },
      lead: { type: ["object", "null"], properties: { name: { type: "string" } } },
      members: { type: "integer" },
      upcomingSessions: { type: "integer" },
      openingHours: { type: "string" },
      url: { type: "string" },
      calendarUrl: { type: "string", description: "Subscribable iCalendar feed" },
    },
  },
  StudioDetail: {
    allOf: [
      { $ref: "#/components/schemas/Studio" },
      {
        type: "object",
        properties: {
          description: { type: "string" },
          contactPhone: { type: ["string", "null"] },
          residentMembers: {
            type: "array",
            items: { type: "object", properties: { name: { type: "string" }, organisation: { type: ["string", "null"] }, lead: { type: "boolean" } } },
          },
          upcoming: { type: "array", items: { $ref: "#/components/schemas/Session" } },
          rota: {
            type: "array",
            description: "Duty rota (接待日) of the coming weeks",
            items: { type: "object", properties: { startsAt: { type: "string", format: "date-time" }, endsAt: { type: "string", format: "date-time" }, member: { type: "string" } } },
          },
        },
      },
    ],
  },
  Session: {
    type: "object",
    properties: {
      id: { type: "integer" },
      topic: { type: "string" },
      status: { type: "string", enum: ["published", "closed", "held", "cancelled"] },
      startsAt: { type: "string", format: "date-time" },
      endsAt: { type: "string", format: "date-time" },
      timeZone: { type: "string", const: "Asia/Shanghai" },
      place: { type: "string" },
      audience: { type: "string", enum: ["members", "public"] },
      capacity: { type: "integer" },
      reservedForMembers: { type: "integer" },
      confirmed: { type: "integer" },
      waitlisted: { type: "integer" },
      signupOpensAt: { type: ["string", "null"], format: "date-time" },
      signupClosesAt: { type: "string", format: "date-time" },
      studio: { type: "object", properties: { slug: { type: "string" }, name: { type: "string" } } },
      url: { type: "string" },
      calendarUrl: { type: "string", description: "The session as an iCalendar file" },
      description: { type: "string", description: "One session only" },
      cancelReason: { type: ["string", "null"], description: "Cancelled sessions (one session only)" },
      minutes: { type: ["string", "null"], description: "Held sessions (one session only)" },
      opinions: {
        type: "array",
        description: "社情民意 recorded at a held session (one session only); `proposal` once a member turned it into a proposal",
        items: {
          type: "object",
          properties: {
            id: { type: "integer" },
            title: { type: "string" },
            body: { type: "string" },
            raisedBy: { type: "string" },
            proposal: { type: ["object", "null"], properties: { caseNo: { type: ["string", "null"] }, url: { type: ["string", "null"] } } },
          },
        },
      },
    },
  },
  MySignup: {
    type: "object",
    properties: {
      id: { type: "integer" },
      status: { type: "string", enum: ["confirmed", "waitlisted"] },
      waitlistPosition: { type: ["integer", "null"] },
    },
  },
  Signup: {
    type: "object",
    properties: {
      id: { type: "integer" },
      name: { type: "string" },
      username: { type: "string" },
      asMember: { type: "boolean" },
      status: { type: "string", enum: ["confirmed", "waitlisted", "cancelled"] },
      waitlistPosition: { type: ["integer", "null"] },
      attended: { type: ["boolean", "null"] },
      createdAt: { type: "string", format: "date-time" },
    },
  },
} as const;
