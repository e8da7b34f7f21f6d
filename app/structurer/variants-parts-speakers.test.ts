// Variants of pasted text, continued: parts and groups, speakers and bylines, Markdown, and robustness
// against odd input.
import { describe, expect, it } from "vitest";
import { structureText } from "./index";
import { structureProblems } from "./validate";
import { DIRECTORY, childCounts, lostSentences, markers, structureChecked as run, oneDocumentChecked as one } from "./test-support";

const lines = (...l: string[]) => l.join("\n");

describe("parts and groups", () => {
  it("reads 第一部分 with its title on the same line", () => {
    const doc = one(lines("报告", "第一部分 基本情况", "近年来成效明显。", "第二部分 意见建议", "一、加强领导。", "二、完善制度。"));
    expect(markers(doc.children)).toEqual(["第一部分", "第二部分"]);
    expect(doc.children.map((n) => n.title)).toEqual(["基本情况", "意见建议"]);
    expect(childCounts(doc.children)).toEqual([0, 2]);
  });

  it("reads Traditional 第一調研組 groups", () => {
    const doc = one(
      lines(
        "調研報告",
        "第一調研組",
        "發展普惠托育服務",
        "調研組認為，托育供給不足。",
        "加大普惠托育供給。支持社區舉辦托育點。",
        "第二調研組",
        "辦好老年助餐服務",
        "優化助餐點佈局。在社區優先佈點。",
      ),
    );
    expect(markers(doc.children)).toEqual(["第一調研組", "第二調研組"]);
    expect(doc.children.map((n) => n.title)).toEqual(["發展普惠托育服務", "辦好老年助餐服務"]);
    expect(childCounts(doc.children)).toEqual([1, 1]);
    expect(doc.children[0].text).toContain("調研組認為");
  });

  it("does not take a sentence that starts with a group's name for a group", () => {
    const doc = one(lines("报告", "第一调研组", "第一调研组走访了8家机构，认为供给不足。", "加大供给。给予补贴。"));
    expect(markers(doc.children)).toEqual(["第一调研组"]);
    expect(doc.children[0].title).toBe("第一调研组");
    expect(doc.children[0].children).toHaveLength(1);
  });

  it("nests sections under groups and closes them at the next group", () => {
    const doc = one(lines("报告", "第一调研组", "(一)治理污染。1.减量增效。2.推广模式。", "(二)完善补偿。", "第二调研组", "(三)补齐管网。"));
    expect(childCounts(doc.children)).toEqual([2, 1]);
    expect(childCounts(doc.children[0].children)).toEqual([2, 0]);
  });
});

describe("speakers and bylines", () => {
  it("splits a text at each 代表…： author line", () => {
    const result = run(
      lines(
        "某省政协委员张某某代表省民盟：",
        "关于课后服务的建议",
        "一、完善保障。",
        "某市政协委员、某医院院长刘某某代表民进市委会：",
        "关于医共体的建议",
        "一是加强人才。",
        "二是推进数字化。",
      ),
    );
    expect(result.documents).toHaveLength(2);
    expect(result.documents.map((d) => d.organisation)).toEqual(["省民盟", "民进市委会"]);
    expect(result.documents[1].byline).toBe("某市政协委员、某医院院长刘某某代表民进市委会");
    expect(markers(result.documents[1].children)).toEqual(["一是", "二是"]);
  });

  it("reads an organisation speaking for itself", () => {
    const doc = one(lines("民盟某市委员会：", "关于托育的建议", "一、扩大供给。"));
    expect(doc.byline).toBe("民盟某市委员会");
    expect(doc.organisation).toBe("民盟某市委员会");
    expect(doc.title).toBe("关于托育的建议");
  });

  it("does not take a sentence ending in a colon for an author line", () => {
    const doc = one(lines("座谈会纪要", "委员们提出：", "一、加强领导。", "具体建议如下：", "二、完善制度。"));
    expect(doc.byline).toBeNull();
    expect(markers(doc.children)).toEqual(["一、", "二、"]);
  });

  it("gives a lone speaker's document the headline above it as title", () => {
    const doc = one(lines("关于城市更新的提案", "省政协委员赵某某：", "一是摸清底数。", "二是完善机制。"));
    expect(doc.title).toBe("关于城市更新的提案");
    expect(doc.byline).toBe("省政协委员赵某某");
    expect(doc.organisation).toBeNull();
  });

  it("reads an author and a title on one line in a digest of speeches", () => {
    const result = run(
      lines(
        "大会发言摘编",
        "农工党省委会：推进中医药传承创新发展",
        "一是加强人才培养。二是完善扶持政策。",
        "省政协委员王某某：关于加强课后服务的建议",
        "一、完善保障。",
      ),
    );
    expect(result.documents.map((d) => [d.title, d.byline, d.organisation])).toEqual([
      ["推进中医药传承创新发展", "农工党省委会", "农工党省委会"],
      ["关于加强课后服务的建议", "省政协委员王某某", null],
    ]);
    // Tenth wave (decision 018): the series label over several speeches is removed, no intro of the first.
    expect(result.documents[0].intro).toBe("");
    expect((result.removed ?? []).map((r) => [r.text, r.reason])).toEqual([["大会发言摘编", "series"]]);
    expect(markers(result.documents[0].children)).toEqual(["一是", "二是"]);
  });

  it("keeps a member proposal's 案由 and 建议 labels in the intro", () => {
    const doc = one(lines("关于某事的提案", "案由：", "近年来问题突出。", "建议：", "1. 加强领导。", "2. 完善制度。"), "text");
    expect(doc.intro).toBe("案由：\n近年来问题突出。\n建议：");
    expect(markers(doc.children)).toEqual(["1.", "2."]);
  });

  it("reads bylines under the title: □, 提案人：, a committee name", () => {
    expect(one(lines("报告", "□ 某市政协经济委员会", "一、加强领导。")).byline).toBe("某市政协经济委员会");
    const member = one(lines("提案", "提案人：潘某某、唐某某", "一、加强领导。"));
    expect(member.byline).toBe("潘某某、唐某某");
    expect(member.organisation).toBeNull();
    const committee = one(lines("提案", "九三学社某市委员会", "一、加强领导。"));
    expect(committee.byline).toBe("九三学社某市委员会");
    expect(committee.organisation).toBe("九三学社某市委员会");
  });
});

describe("Markdown", () => {
  it("maps # title, ## sections and list items", () => {
    const doc = one(
      lines(
        "---",
        "kind: party_proposal",
        "title: 关于课后服务的提案",
        "---",
        "",
        "# 关于提升课后服务质量的提案",
        "",
        "**民盟某省委员会**",
        "",
        "课后服务是重要民生工程。为此建议：",
        "",
        "## 一、完善经费保障机制",
        "",
        "1. 建议省教育厅会同省财政厅建立经费保障机制。",
        "2. 将经费纳入预算。",
        "",
        "## 二、丰富服务内容",
        "",
        "1. 由市教育局牵头建立资源库。",
      ),
    );
    expect(doc.title).toBe("关于提升课后服务质量的提案");
    expect(doc.byline).toBe("民盟某省委员会");
    expect(doc.intro).toBe("课后服务是重要民生工程。为此建议：");
    expect(markers(doc.children)).toEqual(["一、", "二、"]);
    expect(doc.children[0].title).toBe("完善经费保障机制");
    expect(childCounts(doc.children)).toEqual([2, 1]);
    expect(markers(doc.children[0].children)).toEqual(["1.", "2."]);
    expect(JSON.stringify(doc)).not.toContain("party_proposal");
  });

  it("nests bullet lists by indentation", () => {
    const doc = one(lines("# 标题", "", "## 建议", "", "- 加强领导", "  - 建立机制", "  - 明确责任", "- 完善制度"), "markdown");
    const section = doc.children[0];
    expect(section.title).toBe("建议");
    expect(childCounts(section.children)).toEqual([2, 0]);
    expect(section.children.map((n) => n.marker)).toEqual([null, null]);
  });

  it("reads setext headings and strips inline markup", () => {
    const doc = one(lines("标题", "=====", "", "一节", "----", "", "**加强**[领导](http://example.com)。`完善`制度。"), "markdown");
    expect(doc.title).toBe("标题");
    expect(doc.children[0].title).toBe("一节");
    // The paragraph reads as a recommendation, so it is the heading's item.
    expect(doc.children[0].children[0].text).toBe("加强领导。完善制度。");
  });

  it("keeps text markers inside Markdown paragraphs", () => {
    const doc = one(lines("# 标题", "", "（一）加强领导。一是建立机制。二是明确责任。", "", "（二）完善制度。"), "markdown");
    expect(markers(doc.children)).toEqual(["（一）", "（二）"]);
    expect(childCounts(doc.children)).toEqual([2, 0]);
  });

  it("joins a prose line wrapped mid-sentence but not a title line", () => {
    const doc = one(
      lines("市政协专题调研组聚焦“一老一小”开展调研", "近年来，我市养老服务发展较快，但仍存在供给不足、", "质量不高等问题。为此建议：", "", "1. 加强领导。"),
      "markdown",
    );
    expect(doc.title).toBe("市政协专题调研组聚焦“一老一小”开展调研");
    expect(doc.intro).toBe("近年来，我市养老服务发展较快，但仍存在供给不足、质量不高等问题。为此建议：");
  });

  it("leaves # alone in plain text mode", () => {
    const doc = one(lines("# 不是标题", "一、加强领导。"), "text");
    expect(doc.title).toBe("# 不是标题");
  });

  it("guesses Markdown from headings when no format is given", () => {
    const doc = one(lines("# 标题", "", "## 第一节", "", "内容。"));
    expect(doc.title).toBe("标题");
    expect(doc.children[0].title).toBe("第一节");
  });

  it("ignores front matter in plain text too", () => {
    const doc = one(lines("---", "title: x", "year: 2026", "---", "真正的标题", "一、加强领导。"), "text");
    expect(doc.title).toBe("真正的标题");
  });
});

describe("robustness", () => {
  it("returns no documents for empty or blank input", () => {
    expect(run("").documents).toEqual([]);
    expect(run(" \n\n\t \u3000").documents).toEqual([]);
  });

  it("keeps a title-only text as one empty document", () => {
    const doc = one("关于某事的建议");
    expect(doc.title).toBe("关于某事的建议");
    expect(doc.children).toEqual([]);
  });

  it("handles a text of markers only", () => {
    const doc = one(lines("一、", "二、", "三、"));
    expect(markers(doc.children)).toEqual(["一、", "二、", "三、"]);
    expect(doc.children.every((n) => n.title === n.marker)).toBe(true);
  });

  it("survives unbalanced brackets and quotes", () => {
    const doc = one(lines("标题", "（一加强领导“没有结束，的引号。", "（二）完善（制度，。", "】】】"));
    expect(lostSentences("（一加强领导“没有结束，的引号。\n（二）完善（制度，。", { documents: [doc] })).toEqual([]);
  });

  it("copes with non-string input", () => {
    const result = structureText(undefined as unknown as string, { directory: DIRECTORY });
    expect(result).toEqual({ documents: [] });
    const fromNumber = structureText(42 as unknown as string, { directory: null as unknown as [] });
    expect(structureProblems(fromNumber)).toEqual([]);
  });
});
