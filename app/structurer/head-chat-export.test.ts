/**
 * A phone's chat export: the quoted group name's header (chrome-forum-chat.ts, CHAT_HEADER) and the day separator
 * (head-dates.ts, transportDate; head-shapes.ts, ACCOUNT_LINE); docs/structure-format.md, "Head: pages that are no
 * newspaper's (2026-12-04, thirteenth wave)". Every input is made up for the test; none is taken from a corpus or
 * batch text.
 */
import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { transportDate } from "./head-dates";
import { ACCOUNT_LINE } from "./head-shapes";
import { removed, structure } from "./rule-test-support";

const chat = [
  "“某某委员群”的聊天记录",
  "—————  2026-05-20  —————",
  "委员甲某 09:01",
  "各位，社区食堂的建议稿改好了，请大家看看",
  "委员甲某 09:02",
  "关于办好社区食堂的建议",
  "　　近年来我市社区食堂发展较快，但运营困难的问题比较突出。为此建议：",
  "　　一、完善补贴办法。由市民政局牵头，会同市财政局按就餐人次给予补贴。",
  "　　二、拓展服务方式。鼓励社区食堂为行动不便的老年人送餐上门。",
  "委员乙某 09:10",
  "同意",
];

describe("a phone's chat export", () => {
  it("has its quoted group name's header removed, and the draft's headline is the title", () => {
    const text = chat.join("\n");
    expect(removed(text)).toContain("“某某委员群”的聊天记录");
    expect(structure(text).documents[0].title).toBe("关于办好社区食堂的建议");
  });

  it("takes no date and no source from the day separator", () => {
    const lines = chat.map((line) => ({ folded: fold(line) }));
    expect(transportDate(lines, 1)).toBe(true);
    expect(ACCOUNT_LINE.exec(fold("—————  2026-05-20  —————"))).toBeNull();
    expect(ACCOUNT_LINE.exec(fold("某某政协 2026-05-20 18:30"))?.[1]).toBe("某某政协");
    const [d] = structure(chat.join("\n")).documents;
    expect(d.date).toBeNull();
    expect(d.source).toBeNull();
  });
});
