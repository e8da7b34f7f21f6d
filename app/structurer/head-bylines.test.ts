import { describe, expect, it } from "vitest";
import { REPORTER_CELL, reporterOutlet } from "./head-shapes";
import { labelledByline, parseAuthorWithTitle, parseByline } from "./authors";
import { fold } from "./fold";
import { firstDocument, POCKET_PARK_BODY, structure } from "./rule-test-support";
import { continuesWrapped } from "./blocks";
import { meetingField } from "./chrome-apparatus";

const byline = (s: string) => parseByline(s, fold(s))?.byline ?? null;

const doc = (head: string[]) => firstDocument(head, POCKET_PARK_BODY);

describe("an author's field is the byline line", () => {
  it("reads 反映人 and 建议人 as the author, never the co-signers", () => {
    expect(labelledByline("反映人:区政协委员 某丙")).toBe(true);
    expect(labelledByline("建议人:某丙")).toBe(true);
    expect(labelledByline("联名人:某丙、某丁")).toBe(false);
    const a = doc(["关于口袋公园建设管理的建议", "反映人：区政协委员　某丙", "类别：城建环保"]);
    expect(a.byline).toBe("区政协委员　某丙");
  });

  it("reads a report's presenter (汇报人) and an approval form's initiator (发起人) as the author", () => {
    expect(labelledByline("汇报人:市政协某委员会主任 某丙")).toBe(true);
    expect(labelledByline("发起人:区政协委员 某丙")).toBe(true);
    const a = doc(["口袋公园建设管理情况", "汇报人：区政协城建委主任　某丙", "2026年5月"]);
    expect(a.byline).toBe("区政协城建委主任　某丙");
    const b = doc(["关于口袋公园建设管理的建议", "发起人：区政协委员　某丙", "发起时间：2026-05-06 10:41"]);
    expect(b.byline).toBe("区政协委员　某丙");
  });

  it("a field naming a post and a name is no speaker's headline", () => {
    expect(parseAuthorWithTitle("受访委员：区政协委员、某某公司经理 某丙", fold("受访委员：区政协委员、某某公司经理 某丙"))).toBeNull();
  });

  it("WeChat's 原创 line names the author before the account", () => {
    const a = doc(["口袋公园怎样“用起来”", "原创 某某区政协城建委 某某政协 2026年05月06日 08:00 某省"]);
    expect([a.byline, a.source]).toEqual(["某某区政协城建委", "某某政协"]);
    const b = doc(["口袋公园怎样“用起来”", "原创 某某政协 某某政协 2026-05-06 08:00 发表于某省"]);
    expect(b.byline).toBeNull();
  });
});

describe("author rows in several page kinds", () => {
  it("reads a reporter's cell, and the outlet's cell, in an info line without labels", () => {
    const a = doc(["关于完善社区口袋公园的建议", "2026-03-02 08:00　　某某都市报　　都市报记者　某甲"]);
    expect([a.byline, a.date, a.source]).toEqual(["都市报记者　某甲", "2026-03-02", "某某都市报"]);
  });
  it("reads a speech's 发言人 field under an editor's note", () => {
    const a = doc([
      "关于完善社区口袋公园的建议",
      "编者按：日前，区政协召开全体会议，现将一位委员的发言刊发如下。",
      "发言人：区政协委员　某乙",
    ]);
    expect(a.byline).toBe("区政协委员　某乙");
  });
  it("reads a note app's quoted author field", () => {
    const a = doc(["关于完善社区口袋公园的建议", "> 提案者：区政协城建委员会", "> 状态：已提交"]);
    expect(a.byline).toBe("区政协城建委员会");
  });
});

describe("a byline's role label", () => {
  it("goes from a post's publisher, a message's author and a reporter hosting a talk", () => {
    expect(byline("发布人：市政协委员　某某某（教育界）")).toBe("市政协委员　某某某（教育界）");
    expect(byline("留言人：市政协委员　某某某")).toBe("市政协委员　某某某");
    expect(byline("主持人：本报记者　某某某")).toBe("本报记者　某某某");
    expect(byline("文／本刊记者　某某某")).toBe("本刊记者　某某某");
  });
  it("leaves a host's turn and a meeting's chair alone", () => {
    expect(byline("主持人：欢迎收看本期节目。")).toBeNull();
    expect(byline("主持人：区政协副主席　某某某")).not.toBe("区政协副主席　某某某");
    expect(meetingField(fold("主持人：区政协副主席　某某某"))).toBe(true);
    expect(meetingField(fold("主持人：本报记者　某某某"))).toBe(false);
  });
});

describe("a report's or a speech's presenter", () => {
  it("is the byline under a dashed meeting line, not run into it on a page of full lines", () => {
    expect(continuesWrapped("——2026年3月1日在政协某某市第五届委员会第三次会议上", "政协某某市委员会主席　某某某", 30)).toBe(false);
    const d = doc(["政协某某市委员会常务委员会工作报告", "——2026年3月1日在政协某某市第五届委员会第三次会议上", "政协某某市委员会主席　某某某"]);
    expect(d.byline).toBe("政协某某市委员会主席　某某某");
  });
  it("makes a speech's occasion line the title when no headline stands above the speaker", () => {
    const d = doc(["在全市口袋公园建设推进会上的讲话", "市政协主席　某某某", "（2026年4月1日）"]);
    expect(d.title).toBe("在全市口袋公园建设推进会上的讲话");
    expect(d.byline).toBe("市政协主席　某某某");
  });
});

describe("an app's info line with a reporter's cell", () => {
  it("reads a desk whose app name carries Latin letters as the reporter's cell", () => {
    expect(REPORTER_CELL.exec("某城Plus 2026-10-12 21:35 某城Plus客户端记者 某丙")?.[1]).toBe("某城Plus客户端记者 某丙");
    expect(REPORTER_CELL.exec("2026-10-12 某城晚报 晚报记者 某丙")?.[1]).toBe("晚报记者 某丙");
    // Latin letters alone are no desk: a Han name must come first.
    expect(REPORTER_CELL.exec("2026-10-12 News记者 某丙")).toBeNull();
  });

  it("takes the outlet from the reporter's desk only when the line names it as a cell", () => {
    expect(reporterOutlet("某城Go 2026-08-21 18:40 某城Go客户端记者 某丙", "某城Go客户端记者 某丙")).toBe("某城Go");
    expect(reporterOutlet("2026-08-21 18:40 某城Go客户端记者 某丙", "某城Go客户端记者 某丙")).toBeNull();
    const a = doc(["某城Go", "打开APP，看更多某城新闻", "口袋公园“小而美”：委员建议补齐管护短板", "某城Go 2026-08-21 18:40 某城Go客户端记者 某丙"]);
    expect([a.byline, a.date, a.source]).toEqual(["某城Go客户端记者 某丙", "2026-08-21", "某城Go"]);
  });
});

describe("WeChat's author-and-account row is no name line", () => {
  it("never reads the row marked 原创 as a byline", () => {
    expect(byline("原创 某某政协 某某政协")).toBeNull();
    expect(byline("原创 某某委员会 某某政协")).toBeNull();
    // A member's name line stays one.
    expect(byline("市政协委员　某某")).toBe("市政协委员　某某");
  });
});

describe("an info line's 作者 field of two credits", () => {
  it("keeps both the reporter and the intern or correspondent as the byline", () => {
    const a = doc(["某某新闻网", "发布时间：2026-05-06 09:12　来源：某某新闻网　作者：记者 某丙 实习生 某丁　编辑：某戊", "口袋公园怎样建得好"]);
    expect(a.byline).toBe("记者 某丙 实习生 某丁");
    const b = doc(["某某区报", "2026年5月6日 08:30 | 作者：记者 某丙 通讯员 某丁 | 编辑：某戊", "口袋公园怎样建得好"]);
    expect(b.byline).toBe("记者 某丙 通讯员 某丁");
  });
});

describe("a signature over a date of year and month only (nineteenth wave)", () => {
  it("is the byline, and the page has no date: a research group's report, a party's draft", () => {
    const a = firstDocument(["关于口袋公园养护的调研报告"], [...POCKET_PARK_BODY, "某某区政协城建委员会课题组", "2026年6月"]);
    expect(a.byline).toBe("某某区政协城建委员会课题组");
    expect(a.date).toBeNull();
    const b = firstDocument(["关于口袋公园养护的建议（征求意见稿）"], [...POCKET_PARK_BODY, "民盟某某市委员会", "（2026年6月）"]);
    expect(b.byline).toBe("民盟某某市委员会");
  });

  it("a sentence above the month is no signature", () => {
    const c = firstDocument(["关于口袋公园养护的调研报告"], [...POCKET_PARK_BODY, "2026年6月"]);
    expect(c.byline).toBeNull();
  });
});

describe("a verb of saying before the colon quotes, it names no author (2026-12-05)", () => {
  const withTitle = (s: string) => parseAuthorWithTitle(s, fold(s));

  it("reads no author with a headline in a live blog's or a feature's quoted answer", () => {
    expect(withTitle("市城管局局长某某回应：将会同市住建局建立全过程电子联单")).toBeNull();
    expect(withTitle("市民代表某某坦言：停车难的问题拖了好几年")).toBeNull();
    const page = structure(["图文直播｜某某专题协商会", "2026-08-21 09:00　来源：某某网", "10:20", "区城管局局长某某回应：将会同区住建局建立全过程电子联单。", "10:40", "副区长某某讲话，要求各街道落实属地责任。协商会结束。"].join("\n"));
    expect(page.documents[0].title).toBe("图文直播｜某某专题协商会");
  });

  it("still reads a speaker's line over a speech's headline", () => {
    expect(withTitle("农工党某市委会：推进中医药传承创新")?.byline).toBe("农工党某市委会");
    expect(withTitle("区政协委员某某：让口袋公园更好用")?.title).toBe("让口袋公园更好用");
  });
});
