/**
 * Rules added when the sixth held-out folder (content/corpus-holdout-6) was opened and
 * tuned to (issue 12, round 8: titles and chrome). Each input here is made up for the
 * test; none is taken from the corpus.
 */
import { describe, expect, it } from "vitest";
import { captionScore } from "./chrome-captions";
import { lineVerdict } from "./chrome-rules";
import { detect as detectMarked, removed, structure } from "./rule-test-support";

const detect = (text: string) => detectMarked(text, { markNew: false });
const body = [
  "　　近年来，我区共享单车乱停乱放问题突出，占用盲道和消防通道的情况时有发生，群众反映强烈。",
  "一、划定停放区域。区城管局牵头，在地铁口和商圈增设电子围栏停放点。",
  "二、压实企业责任。区交通运输局督促运营企业及时清运，对违规企业约谈通报。",
];

describe("page head (round 8)", () => {
  it("a form's title field (题目：) gives the title without its label", () => {
    const text = ["某某市政协八届二次会议", "提案第0042号", "题目：关于规范共享单车停放的建议", "提案人：市政协委员 滕某", ...body].join("\n");
    expect(structure(text).documents[0].title).toBe("关于规范共享单车停放的建议");
  });

  it("a serial's name over its issue number (第 5 期) is a masthead, not the headline", () => {
    const text = ["某某区政协社情民意直通车", "第 5 期", "共享单车停放亟待规范", ...body].join("\n");
    const r = structure(text);
    expect(r.documents[0].title).toBe("共享单车停放亟待规范");
    expect(removed(text)).toContain("某某区政协社情民意直通车");
  });

  it("a label behind a section bar (▍重点提案) is a column label, and a date with the account above the headline is metadata", () => {
    const text = ["某某区政协", "▍重点提案", "2026-04-02 某某区政协", "让共享单车停得整齐有序", ...body].join("\n");
    const r = structure(text);
    expect(r.documents[0].title).toBe("让共享单车停得整齐有序");
    expect(removed(text)).toEqual(expect.arrayContaining(["▍重点提案", "2026-04-02 某某区政协"]));
  });

  it("a session label naming the document kind (…会议提案) is chrome above the proposal's own title", () => {
    expect(lineVerdict("某市政协九届二次会议提案")).toBe("column");
    expect(lineVerdict("某市政协九届二次会议提案办理情况通报")).toBeNull();
    const text = ["某市政协九届二次会议提案", "关于规范共享单车停放的提案", ...body].join("\n");
    expect(structure(text).documents[0].title).toBe("关于规范共享单车停放的提案");
  });
});

describe("page chrome (round 8)", () => {
  it("a dated field (报送日期：…, 播出时间：…) is metadata; a sentence with a date is not", () => {
    expect(lineVerdict("报送日期：2026年3月9日")).toBe("metadata");
    expect(lineVerdict("首播时间：2026年3月9日 20:30")).toBe("metadata");
    expect(lineVerdict("报送日期为2026年3月9日，请各单位按时报送。")).toBeNull();
  });

  it("a programme's name in 《》 with 文字实录 is a column label", () => {
    expect(lineVerdict("《城事面对面》文字实录")).toBe("column");
    expect(lineVerdict("《城事面对面》播出后反响热烈")).toBeNull();
  });

  it("a bracketed note that the text was compiled from a recording is a credit", () => {
    expect(lineVerdict("（根据现场录音整理，未经本人审阅）")).toBe("credit");
    expect(lineVerdict("（据访谈整理）")).toBe("credit");
  });

  it("本版组稿：/本版整理： are production credits", () => {
    expect(lineVerdict("本版组稿：区政协办公室　编辑：郝某")).toBe("credit");
    expect(lineVerdict("本版整理：本报记者 卜某某")).toBe("credit");
  });

  it("an e-paper nav row split by a thin bar (▏) is navigation", () => {
    expect(lineVerdict("上一版 下一版 ▏版面目录")).toBe("navigation");
  });
});

describe("photo captions (round 8)", () => {
  it("a crowd scene (…人头攒动) after the last paragraph, above the page's widgets, is a caption", () => {
    const text = ["河埠头夜市重现烟火气", ...body, "河埠头夜市人头攒动", "【关闭窗口】【打印本页】"].join("\n");
    expect(removed(text)).toContain("河埠头夜市人头攒动");
  });

  it("a restored building as a photo shows it (…修缮后的明代老屋) is a caption; a heading about the building is not", () => {
    expect(captionScore("某村修缮后的明代老屋", false)).toBeGreaterThanOrEqual(2);
    expect(captionScore("加强古建筑保护利用", false)).toBeLessThan(2);
  });
});

describe("node kinds (round 8)", () => {
  it("a section named for the causes (主要成因) holds background, not recommendations", () => {
    const text = [
      "关于某某县闲置校舍利用情况的调研报告",
      "一、基本情况",
      "全县现有闲置校舍41处，多数已空置五年以上。",
      "二、主要成因",
      "一是生源向县城集中，村小撤并；二是产权登记不全，难以盘活；三是改造资金缺口较大。",
      "三、几点建议",
      "1．摸清底数。县教育局牵头，逐处建立台账。",
      "2．分类盘活。县自然资源局配合，用于养老、托育等公共服务。",
    ].join("\n");
    const doc = structure(text).documents[0];
    expect(doc.children[1].kind).toBe("background");
    expect(doc.children[1].children.every((n) => n.kind === "background")).toBe(true);
  });
});

describe("e-paper head (round 8)", () => {
  it("a page number and page name under the date line (07　专题报道) is edition furniture, not the body's first item", () => {
    const text = ["某某日报", "2026年2月3日　星期二", "05　专题报道", "共享单车停放亟待规范", ...body].join("\n");
    const r = structure(text);
    expect(r.documents[0].title).toBe("共享单车停放亟待规范");
    expect(removed(text)).toContain("05　专题报道");
  });
});

describe("departments (round 8)", () => {
  it("a generic form written without its 和 (自然资源规划) is a bare stem in a list, like 自然资源和规划", () => {
    expect(detect("由市水务局牵头，应急、自然资源规划等部门配合，排查地下管网。")).toEqual(
      expect.arrayContaining(["市自然资源和规划局:co"]),
    );
  });

  it("a body named by its system and then its unit in one word (公安交警部门) is one mention, its role read after the word", () => {
    expect(detect("由市交通运输局牵头，在医院周边增设临时停靠点，公安交警部门配合优化执法方式。")).toEqual(["市交通运输局:lead", "市公安局:co"]);
  });

  it("the postal regulator (邮政管理部门), vertically managed like the telecom regulator, is offered as new", () => {
    expect(detect("由县交通运输局牵头，邮政管理部门配合，整合农村快递网点。")).toEqual(expect.arrayContaining(["邮政管理部门:co"]));
  });

  it("a department before 关于 (听取X关于…的汇报) is spoken of, not asked to act", () => {
    expect(detect("委员们先后来到东关村、西塘村，实地察看河道整治情况，听取县水务局关于城区排涝工作情况的汇报。")).toEqual(["县水务局:mentioned"]);
  });
});
