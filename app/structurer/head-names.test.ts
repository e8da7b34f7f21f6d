/**
 * An outlet's short form beside its full name on the page's masthead (head-names.ts: fullerName;
 * docs/structure-format.md, "Head: a wire's title banner under its dateline alone, two credits in the 作者 field").
 */
import { describe, expect, it } from "vitest";
import { fullerName } from "./head-names";
import { firstDocument, POCKET_PARK_BODY } from "./rule-test-support";

const head = [{ folded: "某某网" }];

describe("an outlet's short form yields to the masthead's full name", () => {
  it("takes the full name that holds the short form's characters in order", () => {
    expect(fullerName("中新网", "中国新闻网", head)).toBe("中国新闻网");
    expect(fullerName("某某网", "某某新闻网", head)).toBe("某某新闻网");
  });

  it("keeps another outlet, a body that merely extends the name, and an app's share page", () => {
    expect(fullerName("新华社", "新华网", head)).toBe("新华社");
    expect(fullerName("某某日报", "某某日报社", head)).toBe("某某日报");
    expect(fullerName("中新网", "中国新闻网", [{ folded: "中国新闻网" }, { folded: "打开APP,阅读体验更佳" }])).toBe("中新网");
  });

  it("reads the page: a dateline's or a lede's short form under the full masthead", () => {
    const a = firstDocument(["中国新闻网", "首页 > 地方 > 正文", "口袋公园怎样建得好", "2026年05月06日 10:12　来源：中国新闻网"], ["中新网某地5月6日电（记者 某丙）" + POCKET_PARK_BODY[0], ...POCKET_PARK_BODY.slice(1)]);
    expect(a.source).toBe("中国新闻网");
    const b = firstDocument(["某某新闻网", "首页 > 政协 > 委员建言", "口袋公园怎样建得好", "2026-05-06 10:05　来源：某某新闻网"], ["某某网讯（记者 某丙）" + POCKET_PARK_BODY[0], ...POCKET_PARK_BODY.slice(1)]);
    expect(b.source).toBe("某某新闻网");
  });
});
