/**
 * A page's head: headlines, kickers, wrapped and bracketed titles, file names, column labels, bylines and crumbs.
 * Each input here is made up for the test; none is taken from the corpus.
 */
import { describe, expect, it } from "vitest";
import { lineVerdict } from "./chrome-rules";
import { BIKE_PARKING_REPORT, CANTEEN_REPORT, ELDER_MEALS_REPORT, ELEVATOR_REPORT, removed, RURAL_BUS_REPORT, structure, verdict } from "./rule-test-support";

describe("page head", () => {
  it("a form's title field (题目：) gives the title without its label", () => {
    const text = ["某某市政协八届二次会议", "提案第0042号", "题目：关于规范共享单车停放的建议", "提案人：市政协委员 滕某", ...BIKE_PARKING_REPORT].join("\n");
    expect(structure(text).documents[0].title).toBe("关于规范共享单车停放的建议");
  });

  it("a serial's name over its issue number (第 5 期) is a masthead, not the headline", () => {
    const text = ["某某区政协社情民意直通车", "第 5 期", "共享单车停放亟待规范", ...BIKE_PARKING_REPORT].join("\n");
    const r = structure(text);
    expect(r.documents[0].title).toBe("共享单车停放亟待规范");
    expect(removed(text)).toContain("某某区政协社情民意直通车");
  });

  it("a label behind a section bar (▍重点提案) is a column label, and a date with the account above the headline is metadata", () => {
    const text = ["某某区政协", "▍重点提案", "2026-04-02 某某区政协", "让共享单车停得整齐有序", ...BIKE_PARKING_REPORT].join("\n");
    const r = structure(text);
    expect(r.documents[0].title).toBe("让共享单车停得整齐有序");
    expect(removed(text)).toEqual(expect.arrayContaining(["▍重点提案", "2026-04-02 某某区政协"]));
  });

  it("a session label naming the document kind (…会议提案) is chrome above the proposal's own title", () => {
    expect(lineVerdict("某市政协九届二次会议提案")).toBe("column");
    expect(lineVerdict("某市政协九届二次会议提案办理情况通报")).toBeNull();
    const text = ["某市政协九届二次会议提案", "关于规范共享单车停放的提案", ...BIKE_PARKING_REPORT].join("\n");
    expect(structure(text).documents[0].title).toBe("关于规范共享单车停放的提案");
  });
});

describe("e-paper head", () => {
  it("a page number and page name under the date line (07　专题报道) is edition furniture, not the body's first item", () => {
    const text = ["某某日报", "2026年2月3日　星期二", "05　专题报道", "共享单车停放亟待规范", ...BIKE_PARKING_REPORT].join("\n");
    const r = structure(text);
    expect(r.documents[0].title).toBe("共享单车停放亟待规范");
    expect(removed(text)).toContain("05　专题报道");
  });
});

describe("page head", () => {
  it("a label row split by a bar (某某政协 ｜ 社情民意) is a column label above the headline", () => {
    const text = ["某某政协　｜　社情民意", "关于规范共享单车停放的建议", ...BIKE_PARKING_REPORT].join("\n");
    expect(structure(text).documents[0].title).toBe("关于规范共享单车停放的建议");
  });

  it("a headline wrapped after a dangling 的 takes its next short line", () => {
    const text = ["关于规范城区共享单车停放管理的", "调研报告", "区政协城建委", ...BIKE_PARKING_REPORT].join("\n");
    expect(structure(text).documents[0].title).toBe("关于规范城区共享单车停放管理的调研报告");
  });
});

describe("bylines and crumbs", () => {
  it("a two-step crumb from a site to its column is navigation", () => {
    expect(lineVerdict("某某区政协网 > 委员风采")).toBe("navigation");
    expect(lineVerdict("城区 > 郊区")).toBeNull();
  });

  it("a paper's own name and desk may open a reporter byline, read under a subtitle", () => {
    expect(lineVerdict("某某晚报全媒体记者 乔某某")).toBe("person");
    const text = ["共享单车停放亟待规范", "——区政协专题协商侧记", "某某晚报融媒体记者 乔某某", "", ...BIKE_PARKING_REPORT].join("\n");
    const d = structure(text).documents[0];
    expect(d.title).toBe("共享单车停放亟待规范");
    expect(d.byline).toBe("某某晚报融媒体记者 乔某某");
  });
});

describe("bracketed headlines", () => {
  it("a microblog topic tag before a bracketed headline and brackets around a message title go", () => {
    expect(structure(["#两会建言# 【老旧小区加装电梯怎么推进】", ...ELEVATOR_REPORT].join("\n")).documents[0].title).toBe("老旧小区加装电梯怎么推进");
    expect(structure(["「关于老旧小区加装电梯的建议」", ...ELEVATOR_REPORT].join("\n")).documents[0].title).toBe("关于老旧小区加装电梯的建议");
    expect(structure(["【提案】关于老旧小区加装电梯的建议", ...ELEVATOR_REPORT].join("\n")).documents[0].title).not.toBe("提案】关于老旧小区加装电梯的建议");
  });
});

describe("a file name over the headline", () => {
  it("a head line that is the headline below plus a bracketed note or an extension is the file name", () => {
    const text = ["关于老旧小区加装电梯的建议（九三学社市委会）", "关于老旧小区加装电梯的建议", ...ELEVATOR_REPORT].join("\n");
    expect(removed(text)).toEqual(["关于老旧小区加装电梯的建议（九三学社市委会）"]);
    expect(structure(text).documents[0].title).toBe("关于老旧小区加装电梯的建议");
    expect(removed(["关于老旧小区加装电梯的建议.docx", "关于老旧小区加装电梯的建议", ...ELEVATOR_REPORT].join("\n"))).toEqual(["关于老旧小区加装电梯的建议.docx"]);
  });

  it("a headline with a bracketed note and no repeat below stays the title", () => {
    const text = ["关于老旧小区加装电梯的建议（九三学社市委会）", ...ELEVATOR_REPORT].join("\n");
    expect(structure(text).documents[0].title).toBe("关于老旧小区加装电梯的建议（九三学社市委会）");
  });
});

describe("kickers", () => {
  const page = (kicker: string) =>
    ["某某晚报", "版面概览", "2026-05-06", "第A03版　城市·民生", "◀上一版　　下一版▶", "本版新闻（2篇）", "· 农村客车开进了深山村", "· 县里新开两条公交线路", kicker, "农村客车开进了深山村", "记者　某某", ...RURAL_BUS_REPORT].join("\n");

  it("a short plain line over the headline the page's list names is a kicker, not the title", () => {
    const text = page("政协委员建言农村出行服务");
    expect(structure(text).documents[0].title).toBe("农村客车开进了深山村");
    expect(removed(text)).toContain("政协委员建言农村出行服务");
  });

  it("a line that quotes or asks stays the headline over its 副题", () => {
    expect(structure(page("“村村通”如何通到底")).documents[0].title).toBe("“村村通”如何通到底");
  });
});

describe("titles and headlines", () => {
  it("`案由：` is a form's title field", () => {
    const text = ["提案", "案由：关于改进社区食堂服务的提案", "提案人：某某某", ...CANTEEN_REPORT].join("\n");
    expect(structure(text).documents[0].title).toBe("关于改进社区食堂服务的提案");
  });

  it("leading emoji leave the title", () => {
    expect(structure(["🍜✨社区食堂｜一碗热饭的温度", ...CANTEEN_REPORT].join("\n")).documents[0].title).toBe("社区食堂｜一碗热饭的温度");
    expect(structure(["📢 关于改进社区食堂服务的建议", ...CANTEEN_REPORT].join("\n")).documents[0].title).toBe("关于改进社区食堂服务的建议");
  });

  it("a headline keeps its ideographic space as written", () => {
    expect(structure(["社区食堂扩面提质　老人就餐更方便", ...CANTEEN_REPORT].join("\n")).documents[0].title).toBe("社区食堂扩面提质　老人就餐更方便");
  });

  it("speech headlines with an ornament over □ bylines open one document each", () => {
    const speech = (h: string, who: string) => [`◆ ${h}`, `□ ${who}`, "　　社区食堂是民生实事。（1）优化布点。市民政局牵头新增助餐点。（2）加强监管。市市场监管局定期抽检。"];
    const text = ["某某日报　2026年3月2日　第05版", "让老人吃得好", ...speech("社区食堂要办得长久", "甲某某"), ...speech("食品安全不能放松", "乙某某")].join("\n");
    const docs = structure(text).documents;
    expect(docs.map((d) => d.title)).toEqual(["社区食堂要办得长久", "食品安全不能放松"]);
    expect(docs.map((d) => d.byline)).toEqual(["甲某某", "乙某某"]);
  });

  it("a joint survey team of two committees is the byline", () => {
    const text = ["关于社区食堂的联合调研报告", "区人大常委会社会建设工作委员会　区政协社会和法制委员会联合调研组", ...CANTEEN_REPORT].join("\n");
    expect(structure(text).documents[0].byline).toContain("联合调研组");
  });
});

describe("framed column labels", () => {
  it("a label framed by one ornament on both sides is a column label, not a byline", () => {
    expect(verdict("❖ 委员来信 ❖")).toBe("column");
    expect(verdict("◆读者来信◆")).toBe("column");
    expect(verdict("◆读者来信")).toBeNull();
    const text = ["◇委员来信◇", "社区食堂要办好", "区政协委员　甘某某", ELDER_MEALS_REPORT[0], ELDER_MEALS_REPORT[1]].join("\n");
    expect(structure(text).documents[0].title).toBe("社区食堂要办好");
  });
});

describe("speakers' bylines naming an office", () => {
  it("a headline over an office-holder's byline starts a speech on a page of speeches", () => {
    const page = [
      "某市政协报",
      "“一老一小”协商会发言摘编",
      "扩大社区助餐服务",
      "市科协副主席 甘某某",
      "近年来，我市社区助餐服务不断扩面，但覆盖仍不均衡。",
      "（一）增设助餐点。市民政局牵头，利用社区用房增设长者食堂。",
      "（二）加强食材抽检。市市场监管局要定期抽检助餐点食材。",
      "办好家门口的托育",
      "市残联理事长　龙某某",
      "我市托育机构普遍规模小、收费高，双职工家庭需求难以满足。",
      "第一，发展普惠托育。市卫生健康委员会牵头，支持用人单位办托。",
      "第二，加强人员培训。市人社局配合开展托育从业人员培训。",
    ].join("\n");
    expect(structure(page).documents.map((d) => d.title)).toEqual(["扩大社区助餐服务", "办好家门口的托育"]);
  });
});
