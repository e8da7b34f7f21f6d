import { describe, expect, it } from "vitest";
import { compilationLabels, compilerNotes } from "./compilation-labels";
import { structure } from "./pipeline";

// Wrappers and compilations: bare material labels, compiler's notes, a forward's frame.
const para = (what: string) => `近年来，某市${what}需求增长较快，但仍存在标准不一、监管不足、服务不均等问题，群众反映较多。`;
const none = () => false;

describe("a compilation's bare material labels", () => {
  const item = (label: string, head: string[], what: string) => [label, ...head, para(what)];

  it("cuts at labels that share a word, count from 1 and each open a document's head", () => {
    const lines = ["参阅资料（第3辑）", ...item("材料一", ["某市日报　2026年5月6日", "社区食堂如何办下去"], "社区食堂"), ...item("材料二", ["关于发展社区食堂的建议", "提案人：市政协委员　某某"], "助餐")];
    expect(compilationLabels(lines, none)).toEqual([1, 5]);
    const docs = structure(lines.join("\n"), undefined).documents;
    expect(docs.map((d) => d.title)).toEqual(["社区食堂如何办下去", "关于发展社区食堂的建议"]);
    expect(docs.map((d) => d.date)).toEqual(["2026-05-06", null]);
  });

  it("leaves an annex, a case inside one report and a part that opens with prose alone", () => {
    expect(compilationLabels([...item("附件1", ["某市日报　2026年5月6日", "社区食堂"], "a"), ...item("附件2", ["某市日报　2026年5月7日", "老年助餐"], "b")], none)).toEqual([]);
    expect(compilationLabels([...item("案例一", ["某市日报　2026年5月6日", "社区食堂"], "a"), ...item("案例二", ["某市日报　2026年5月7日", "老年助餐"], "b")], none)).toEqual([]);
    expect(compilationLabels([...item("材料一", [], "a"), ...item("材料二", [], "b")], none)).toEqual([]);
    expect(compilationLabels([...item("材料一", ["某市日报　2026年5月6日", "社区食堂"], "a"), ...item("材料三", ["某市日报　2026年5月7日", "老年助餐"], "b")], none)).toEqual([]);
  });

  it("reads the compiler's bracketed notes at an item's edges only", () => {
    const lines = ["【研究室按：以下材料供参阅。】", "标题", para("x"), "【编者按：正文中的按语】", para("y"), "【研究室备注：请向有关部门了解进展。】"];
    expect(compilerNotes(lines, 0, lines.length, none)).toEqual([0, 5]);
  });
});

describe("a forward's frame", () => {
  const article = ["社区托育点建设观察", "某市发布　2026-04-21", para("托育"), "1. 完善扶持政策。市卫生健康委员会牵头制定托育点建设补贴办法。", "2. 加强日常监管。市教育局配合开展托育点安全检查。"];

  it("titles the headline under a forward's header that echoes it, and removes the close and the turn under it", () => {
    const text = ["[转发] 某市发布：社区托育点建设观察", "转给大家看看，供参考。原文如下：", ...article, "[以上为转发内容]", "某某：有意见周五前发我。"].join("\n");
    const result = structure(text, undefined);
    expect(result.documents.map((d) => d.title)).toEqual(["社区托育点建设观察"]);
    const removed = (result.removed ?? []).map((r) => r.text);
    for (const line of ["[转发] 某市发布：社区托育点建设观察", "[以上为转发内容]", "某某：有意见周五前发我。"]) expect(removed).toContain(line);
  });

  it("keeps a document's own closing sentence", () => {
    const text = [...article, "以上建议，请研究办理。"].join("\n");
    expect((structure(text, undefined).removed ?? []).map((r) => r.text)).not.toContain("以上建议，请研究办理。");
  });
});

describe("framed bare labels and the page's own lead", () => {
  const item = (label: string, title: string, what: string) => [label, title, "提案人：市政协委员　某某", para(what)];

  it("reads a label with a glyph, brackets or a colon as bare", () => {
    for (const frame of [(l: string) => `▶ ${l}`, (l: string) => `【${l}】`, (l: string) => `${l}：`]) {
      const lines = [...item(frame("摘编一"), "关于发展社区食堂的建议", "食堂"), ...item(frame("摘编二"), "关于完善助餐补贴的建议", "助餐")];
      expect(compilationLabels(lines, none)).toEqual([0, 4]);
    }
  });

  it("keeps a sentence above the first label in the first item's intro, the head lines removed", () => {
    const text = ["某某政协", "编者按：委员们围绕助餐服务提交了多件提案，本期摘编其中两件。", ...item("摘编一", "关于发展社区食堂的建议", "食堂"), ...item("摘编二", "关于完善助餐补贴的建议", "助餐")].join("\n");
    const result = structure(text, undefined);
    expect(result.documents.map((d) => d.title)).toEqual(["关于发展社区食堂的建议", "关于完善助餐补贴的建议"]);
    expect(result.documents[0].intro).toContain("编者按：");
    expect((result.removed ?? []).map((r) => r.text)).toEqual(["某某政协", "摘编一", "摘编二"]);
  });
});

describe("articles one after another under heads of one shape", () => {
  const article = (title: string, source: string, what: string) => [title, source, para(what), `委员建议：一是完善${what}制度。二是加强${what}监管，推动各项措施落实落地。`];

  it("cuts at a second head whose dated line repeats the first one's shape", () => {
    const text = [...article("背街小巷停车难怎么解", "来源：某某网　2026-05-12", "停车"), ...article("养老驿站如何办得长久", "来源：某某网　2026-05-14", "养老")].join("\n");
    expect(structure(text, undefined).documents.map((d) => d.title)).toEqual(["背街小巷停车难怎么解", "养老驿站如何办得长久"]);
  });

  it("leaves a head whose dated line is shaped otherwise, or a bare date, to the ending rule", () => {
    for (const second of ["2026-05-14", "某某网记者　某某　2026年5月14日"]) {
      const text = [...article("背街小巷停车难怎么解", "来源：某某网　2026-05-12", "停车"), ...article("养老驿站如何办得长久", second, "养老")].join("\n");
      expect(structure(text, undefined).documents).toHaveLength(1);
    }
  });
});
