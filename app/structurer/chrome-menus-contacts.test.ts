/**
 * A bilingual portal's menu, a masked mobile number and a Chinese client's forward separator
 * (2026-12-04): lines of page or mail furniture read by shape. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { removedReasons, verdict } from "./rule-test-support";
import { MAIL_ORIGINAL } from "./chrome-mail-poll-runs";
import { fold } from "./fold";

describe("a menu glossing each label in English", () => {
  it("reads labels with glosses longer than any Chinese label", () => {
    expect(verdict("首页 Home | 政务 Government | 新闻 News | 无障碍 Accessibility")).toBe("navigation");
    expect(verdict("首页 Home | 履职动态 Activities | 通知公告 Announcements")).toBe("navigation");
  });
  it("keeps a sentence between bars and a headline with an English subtitle", () => {
    expect(verdict("退役运动员再就业 | Retired Athletes Need a Bridge | 委员支招")).not.toBe("navigation");
    expect(verdict("委员说 Members | 政协动态 News | 我们建议加快建设养老服务设施。")).not.toBe("navigation");
  });
});

describe("a masked mobile number", () => {
  it("reads a unit and contact field with a masked number as a contact line", () => {
    expect(verdict("单位：某镇卫生院　联系电话：139****0000")).toBe("contact");
  });
  it("keeps a sentence that quotes a masked number", () => {
    expect(verdict("据了解，不少群众反映，号码为139****0000的来电多次冒充社保部门工作人员，骗取老人养老金，情节恶劣。")).toBeNull();
  });
});

describe("a Chinese client's forward separator", () => {
  it("reads `转发的邮件` between dashes", () => {
    expect(MAIL_ORIGINAL.test(fold("---------- 转发的邮件 ---------"))).toBe(true);
    expect(MAIL_ORIGINAL.test(fold("转发的邮件"))).toBe(false);
  });
  it("removes the forwarder's note and name above it", () => {
    const text = [
      "发件人：某某 <a@example.com>",
      "收件人：某部门 <b@example.com>",
      "主题：转发：稿件",
      "请审阅后安排见报。",
      "某某",
      "---------- 转发的邮件 ---------",
      "关于某事的建议",
      "　　今年以来，某县围绕农村公路养护开展专题协商，委员们走访了6个乡镇，收集意见建议20余条。",
    ].join("\n");
    const removed = removedReasons(text);
    expect(removed.has("请审阅后安排见报。")).toBe(true);
    expect(removed.has("某某")).toBe(true);
    expect(removed.has("关于某事的建议")).toBe(false);
  });
});

describe("an editor's note that speaks of reprinting", () => {
  it("is no legal notice, while the site's own notice is", () => {
    expect(verdict("【编者按】某事关系群众安全。本站转载某代表的建议如下，供读者参考。")).not.toBe("legal");
    expect(verdict("编者按：本号经作者授权转载，文字略有删节。")).not.toBe("legal");
    expect(verdict("本站转载的文章仅供参考，不代表本站立场，如有侵权请联系删除。")).toBe("legal");
  });
});
