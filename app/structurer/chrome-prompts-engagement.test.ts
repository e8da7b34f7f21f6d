import { describe, expect, it } from "vitest";
import { controlRow, engagementBar, followPrompt, promptsEngagementVerdict } from "./chrome-prompts-engagement";
import { fold } from "./fold";
import { removedReasons as removedOf, PARA_A, PARA_B, PARA_C } from "./rule-test-support";

const verdict = (line: string) => promptsEngagementVerdict(fold(line));

describe("one line", () => {
  it("reads prompts to follow, subscribe or scan", () => {
    expect(followPrompt(fold("👇点击“某某发布”，关注我们"))).toBe(true);
    expect(followPrompt(fold("用手机扫描下方二维码"))).toBe(true);
    expect(followPrompt(fold("长按识别小程序码，进入报名页面"))).toBe(true);
    expect(followPrompt(fold("☝️ 戳上方蓝字"))).toBe(true);
    expect(verdict("扫码下载某某新闻客户端")).toBe("ad");
  });
  it("keeps headings and sentences that only share a verb", () => {
    expect(followPrompt(fold("规范扫码点餐"))).toBe(false);
    expect(followPrompt(fold("持续关注困难群众"))).toBe(false);
    expect(followPrompt(fold("推广“扫码付费”停车，群众普遍反映方便。老人仍不会用。"))).toBe(false);
    expect(verdict("关注民生实事")).toBeNull();
  });
  it("reads reading-control rows and collection notes", () => {
    expect(controlRow(fold("A-　A+"))).toBe(true);
    expect(controlRow(fold("A+ A A-"))).toBe(true);
    expect(controlRow(fold("字号 T+ T-"))).toBe(true);
    expect(controlRow(fold("A级景区"))).toBe(false);
    expect(controlRow(fold("大 中 小"))).toBe(false);
    expect(verdict("文章被以下专栏收录")).toBe("column");
    expect(verdict("本文已收录至合集")).toBe("column");
    expect(verdict("所属专栏：委员履职")).toBe("column");
    expect(verdict("专栏文章")).toBeNull();
  });
  it("reads an engagement bar with the comments' counter", () => {
    expect(engagementBar(fold("点赞 326　　评论 12　　转发"))).toBe(true);
    expect(engagementBar(fold("跟贴 0　参与 0"))).toBe(true);
    expect(engagementBar(fold("赞 18 | 留言 | 分享"))).toBe(true);
    expect(engagementBar(fold("👍 326　💬 12　↗ 转发"))).toBe(true);
    expect(engagementBar(fold("阅读 1.2万　在看 36"))).toBe(false);
    expect(engagementBar(fold("评论员文章"))).toBe(false);
  });
});

describe("runs of lines", () => {
  it("removes the column names under a collection note, not the text under them", () => {
    const text = ["县道养护有了“路长”", "文章被以下专栏收录", "委员说事", "#乡村振兴", PARA_A, PARA_B, PARA_C].join("\n");
    const removed = removedOf(text);
    expect(removed.get("文章被以下专栏收录")).toBe("column");
    expect(removed.get("委员说事")).toBe("column");
    expect(removed.get("#乡村振兴")).toBe("column");
    expect(removed.has(PARA_A)).toBe(false);
    expect(removed.has("县道养护有了“路长”")).toBe(false);
  });
  it("removes a body's account name over the post's info line", () => {
    const text = ["县道养护有了“路长”", "某县政协", "2026-05-02 09:30 发布于某省 政府机构官方账号", PARA_A, PARA_B, PARA_C].join("\n");
    expect(removedOf(text).get("某县政协")).toBe("masthead");
  });
  it("keeps a body's name that stands over a paragraph", () => {
    const text = ["县道养护有了“路长”", "某县政协", PARA_A, PARA_B, PARA_C].join("\n");
    expect(removedOf(text).has("某县政协")).toBe(false);
  });
  it("removes readers' comments under the engagement bar, with their stamps", () => {
    const text = [PARA_A, PARA_B, PARA_C, "点赞 52　评论 3　分享", "老周的村：路修好了，赶集方便多了。", "IP属地：某省", "山里人家：希望冬天也有人管。", "写评论"].join("\n");
    const removed = removedOf(text);
    expect(removed.get("老周的村：路修好了，赶集方便多了。")).toBe("chat");
    expect(removed.get("IP属地：某省")).toBe("metadata");
    expect(removed.get("山里人家：希望冬天也有人管。")).toBe("chat");
  });
  it("removes two readers' labelled comments that close the page without a head", () => {
    const text = [PARA_A, PARA_B, PARA_C, "读者“石桥”：我们村的路也该修了！", "网友阿青：点赞。"].join("\n");
    const removed = removedOf(text);
    expect(removed.get("读者“石桥”：我们村的路也该修了！")).toBe("chat");
    expect(removed.get("网友阿青：点赞。")).toBe("chat");
  });
  it("keeps a reader's remark quoted inside the text, and a lone one at the end", () => {
    const inside = [PARA_A, "网友“石桥”：我们村的路也该修了！", "网友阿青：点赞。", PARA_B, PARA_C].join("\n");
    expect(removedOf(inside).size).toBe(0);
    const lone = [PARA_A, PARA_B, PARA_C, "网友阿青：希望早日落实。"].join("\n");
    expect(removedOf(lone).size).toBe(0);
  });
  it("keeps an interview's speakers after the engagement-free end", () => {
    const text = ["主持人：今天聊聊村道养护。", PARA_A, "委员甲：我建议先把资金渠道理顺。", "主持人：感谢两位嘉宾。"].join("\n");
    expect(removedOf(text).size).toBe(0);
  });
});

describe("prompts that thank", () => {
  it("keeps a reply that thanks for following", () => {
    expect(followPrompt(fold("谢谢关注，我们会持续跟进。"))).toBe(false);
    expect(followPrompt(fold("感谢您关注我们的工作"))).toBe(false);
  });
});

describe("invitations to interact", () => {
  it("reads a closing invitation to comment, share or follow", () => {
    expect(verdict("最后，欢迎大家在评论区留言交流。")).toBe("ad");
    expect(verdict("欢迎转发分享！")).toBe("ad");
    expect(verdict("请转发给身边的朋友")).toBe("ad");
  });
  it("keeps sentences that ask other people or name an object", () => {
    expect(verdict("欢迎市民通过12345热线留言反映问题。")).toBeNull();
    expect(verdict("记得关注孩子的心理健康。")).toBeNull();
    expect(verdict("请相关部门关注。")).toBeNull();
  });
});

describe("comment rows with a space before the time", () => {
  it("reads `name time` rows and their messages as a comment section", () => {
    const text = [PARA_A, PARA_B, PARA_C, "河边老张 3小时前 IP属地：某省", "这条路早该修了", "小鹿 昨天 21:40", "支持委员建议"].join("\n");
    const removed = removedOf(text);
    // Removed (the page frame may have named them first: they stand outside the body).
    expect(removed.has("河边老张 3小时前 IP属地：某省")).toBe(true);
    expect(removed.has("这条路早该修了")).toBe(true);
    expect(removed.has("支持委员建议")).toBe(true);
  });
  it("keeps a sentence that tells of days before", () => {
    const text = [PARA_A, "事故发生 3天前", PARA_B, PARA_C].join("\n");
    expect(removedOf(text).has(PARA_B)).toBe(false);
  });
});

describe("credits with a space for the colon", () => {
  it("reads a bracketed credit and a bare compound label", () => {
    expect(verdict("（责任编辑　某某）")).toBe("credit");
    expect(verdict("【编辑 某某某】")).toBe("credit");
    expect(verdict("责编 某某 某某")).toBe("credit");
  });
  it("keeps a heading that starts with an editor's word", () => {
    expect(verdict("编辑 某某")).toBeNull();
    expect(verdict("（编辑部）")).toBeNull();
    expect(verdict("审核 流程")).toBeNull();
  });
});

describe("more page furniture of the same families", () => {
  it("reads buttons, taxonomy fields, posting places and replies", () => {
    expect(verdict("关注TA")).toBe("ad");
    expect(verdict("手机扫码 继续阅读")).toBe("ad");
    expect(verdict("长按图片保存")).toBe("ad");
    expect(verdict("A A A")).toBe("widget");
    expect(verdict("展开 3 条回复")).toBe("widget");
    expect(verdict("收听本文")).toBe("widget");
    expect(verdict("所属栏目：政协动态")).toBe("column");
    expect(verdict("标签：协商议政 民生")).toBe("column");
    expect(verdict("IP属地：某省")).toBe("metadata");
    expect(verdict("发布于 某省")).toBe("metadata");
    expect(verdict("回复 @某某：谢谢")).toBe("chat");
  });
  it("keeps content of the same words", () => {
    expect(verdict("类别：农业农村")).toBeNull();
    expect(verdict("栏目设置要贴近群众。")).toBeNull();
    expect(verdict("回复群众关切")).toBeNull();
    expect(verdict("推广手机扫码缴费")).toBeNull();
    expect(verdict("A级景区")).toBeNull();
  });
});
