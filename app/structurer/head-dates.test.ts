/**
 * Dates that are not the page's (head-dates.ts). Every input is made up for the test, in
 * at least two styles per rule; none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { firstDocument, POCKET_PARK_BODY } from "./rule-test-support";

const body = POCKET_PARK_BODY;
const date = (lines: string[]) => firstDocument(lines, body).date;

describe("a record's transport dates are not the publication date", () => {
  it("a field whose label names an act other than publishing (an export, a filing)", () => {
    expect(date(["某某协同平台 备忘录", "导出日期：2026-05-06 21:05", "关于口袋公园养护的建议"])).toBeNull();
    expect(date(["提案详情", "受理时间：2026年5月6日", "关于口袋公园养护的建议"])).toBeNull();
  });

  it("a mail header's bare time field, and a quoted mail's attribution", () => {
    expect(date(["发件人：某某 <a@example.org>", "日期：2026年5月6日 上午10:02", "主题：口袋公园", "关于口袋公园养护的建议"])).toBeNull();
    expect(date(["On 2026-05-06 10:02, 某某 wrote:", "关于口袋公园养护的建议"])).toBeNull();
  });

  it("the author's act of making it public is its date (发布, 提交); a bare 日期 with no mail header too", () => {
    expect(date(["发布时间：2026-05-06 10:02", "关于口袋公园养护的建议"])).toBe("2026-05-06");
    expect(date(["提交时间：2026年5月6日", "关于口袋公园养护的建议"])).toBe("2026-05-06");
    expect(date(["日期：2026年5月6日", "关于口袋公园养护的建议"])).toBe("2026-05-06");
  });
});

describe("a two-part headline over its byline and date is the page's headline, not a speaker's digest", () => {
  const doc = (lines: string[]) => firstDocument(lines, body);

  it("`X：…` over a reporter's byline and the date line (a news app, an e-paper)", () => {
    const a = doc(["某某客户端", "委员热议：口袋公园怎样“用起来”", "本报记者 某甲 某乙", "2026-05-06 10:15"]);
    expect([a.title, a.byline, a.date]).toEqual(["委员热议：口袋公园怎样“用起来”", "本报记者 某甲 某乙", "2026-05-06"]);
    const b = doc(["协商议政：让口袋公园多起来", "□ 区政协委员 某丙", "2026年5月6日"]);
    expect([b.title, b.date]).toEqual(["协商议政：让口袋公园多起来", "2026-05-06"]);
  });
});

describe("the 作者 field's value runs to the next field, not to the first space", () => {
  const doc = (lines: string[]) => firstDocument(lines, body);

  it("a post and a name, two names (a portal's info line, a reprint's)", () => {
    expect(doc(["口袋公园怎样更好用", "日期：2026-05-06　　作者：区政协委员 某丙　　浏览：88"]).byline).toBe("区政协委员 某丙");
    expect(doc(["口袋公园怎样更好用", "2026-05-06 来源：某某网 作者：某甲 某乙"]).byline).toBe("某甲 某乙");
  });
});
