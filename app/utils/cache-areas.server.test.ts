// The response cache must drop a page as soon as an event it shows happens:
// every public participation page reads the areas participation events touch.
import { describe, expect, it } from "vitest";
import { areasOfEvent, areasOfPath } from "./cache-areas.server";
import { isRoleShared } from "./shared-pages.server";
import { hasReaderFacts } from "../models/participation/reader-facts.server";

const touches = (path: string, subject: string, action: string) => areasOfPath(path).some((a) => areasOfEvent(subject, action).includes(a));

describe("participation cache areas (issue 17)", () => {
  const pages = ["/participation", "/participation/topics/3", "/participation/topics/3/feed.atom", "/participation/opinions/5", "/participation/leads", "/participation/popular", "/api/v1/topics/3/opinions", "/api/v1/supports", "/api/v1/leads/2"];

  it("an opinion posted, moderated or supported drops every participation page and search", () => {
    for (const path of [...pages, "/search"]) {
      expect(touches(path, "participation_opinion", "opinion.approved"), path).toBe(true);
      expect(touches(path, "support_opinion", "support.added"), path).toBe(true);
    }
  });

  it("a topic or lead change drops the participation pages", () => {
    for (const path of pages) {
      expect(touches(path, "participation_topic", "topic.open"), path).toBe(true);
      expect(touches(path, "participation_lead", "lead.forwarded_member"), path).toBe(true);
    }
  });

  it("a support of a recommendation or proposal drops their pages, statistics and 最受关注, not studios", () => {
    for (const path of ["/recommendations/7", "/proposals/2026-0001", "/statistics", "/participation/popular", "/api/v1/supports"]) {
      expect(touches(path, "support_recommendation", "support.added"), path).toBe(true);
      expect(touches(path, "support_proposal", "support.removed"), path).toBe(true);
    }
    expect(touches("/studios", "support_recommendation", "support.added")).toBe(false);
  });

  it("a moderated opinion drops report pages that cite it; the word list drops no public page", () => {
    expect(touches("/documents/report-2026", "participation_opinion", "opinion.hidden")).toBe(true);
    for (const path of [...pages, "/", "/documents/x", "/search"]) expect(touches(path, "moderation_word", "moderation_word.added"), path).toBe(false);
  });

  it("pages showing the reader's own support are never shared between readers who differ in it", () => {
    for (const path of ["/recommendations/7", "/proposals/2026-0001", "/participation/topics/3", "/participation/opinions/5"]) expect(isRoleShared(path), path).toBe(false);
    // A proposal's and a recommendation's page: one copy per 关注/附议/authorship (tests/personal-pages.db.test.ts).
    for (const path of ["/recommendations/7", "/proposals/2026-0001"]) expect(hasReaderFacts(path), path).toBe(true);
    for (const path of ["/participation/topics/3", "/participation/opinions/5", "/proposals/2026-0001/x"]) expect(hasReaderFacts(path), path).toBe(false);
  });
});

describe("events that no public page shows", () => {
  it("new accounts, self-registrations and password changes keep every public page; a renamed account drops them", () => {
    for (const action of ["user.created", "user.registered", "user.password_reset"]) {
      for (const path of ["/", "/search", "/documents/x", "/studios", "/proposals/2026-0001"]) expect(touches(path, "user", action), `${action} ${path}`).toBe(false);
    }
    expect(touches("/", "user", "user.updated")).toBe(true);
  });
});
