// Topics and their approved opinions as search entries (participation-source.ts).
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { postOpinion, moderateOpinion } from "../app/models/participation/opinions.server";
import { makeUser, openTopic, userByName } from "../app/models/participation/participation-test-support";
import { topicEntries } from "./participation-source";

describe("topic entries", () => {
  it("a public opinion is 'published' like documents and replies, so the 状态 facet has one 已公开", async () => {
    const staff = await userByName("staff");
    const topic = await openTopic(staff);
    const opinion = await postOpinion(await makeUser(["public"]), topic.id, { body: "建议在社区增设老年食堂，方便老人就餐。" });
    await moderateOpinion(staff, opinion.id, { decision: "approve" });
    const entries = (await topicEntries(db, [topic.id])).get(topic.id) ?? [];
    expect(entries.filter((e) => e.kind === "opinion").map((e) => e.status)).toEqual(["published"]);
  });
});
