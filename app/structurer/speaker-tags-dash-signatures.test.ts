import { describe, expect, it } from "vitest";
import { closingSignatures, signatureLine } from "./speaker-tags";
import { structure } from "./pipeline";

const documents = (lines: string[]) => structure(lines.join("\n"), { directory: [] }).documents;

describe("a dash signature with the member's post in brackets (speaker-tags.ts, signatureLine)", () => {
  it("reads a post and a name with the post in brackets after the name", () => {
    expect(signatureLine("——市政协委员　某某某（某集团副总经理）")?.who.byline).toBe("市政协委员　某某某（某集团副总经理）");
  });

  it("reads a name first with the member's posts in brackets", () => {
    expect(signatureLine("——某某某（市政协委员、某律师事务所主任）")?.who.byline).toBe("某某某（市政协委员、某律师事务所主任）");
  });

  it("reads no signature from bracketed words that name nobody", () => {
    expect(signatureLine("——图为活动现场（资料图片）")).toBeNull();
    expect(signatureLine("市政协委员　某某某（某集团副总经理）")).toBeNull();
  });
});

describe("a page break between a signature and the next headline (speaker-tags.ts, closingSignatures)", () => {
  const lines = [
    "某某会议大会发言材料",
    "把书房建到家门口",
    "　　建议市文化广电旅游局牵头，把城市书房纳入便民生活圈规划。",
    "——民进某市委会",
    "— 5 —",
    "某某会议大会发言材料",
    "让老人读得上书",
    "　　建议市民政局在养老服务中心设置大字本阅读角。",
    "——市政协委员　某某（市图书馆馆长）",
  ];

  it("looks past the page's number and its repeated running header", () => {
    expect(closingSignatures(lines)).toEqual([3, 8]);
  });

  it("finds no page of signed articles when a sentence stands there instead", () => {
    const broken = [...lines];
    broken[4] = "　　书房建起来以后，还要有人管、有书看、有活动，街道和社区要明确专人负责日常运营，不能一建了之。";
    expect(closingSignatures(broken)).toEqual([]);
  });
});

describe("speeches signed after their text by a dash line (document-segments.ts)", () => {
  const page = [
    "某某日报　2026年8月6日　第6版",
    "让城市不再“看海”",
    "——市政协专题协商会发言摘登",
    "　　编者按：8月4日，市政协召开专题协商会。现将部分发言摘登如下。",
    "管网要查漏补缺",
    "　　全市还有雨污合流管网约四百公里。建议市水务局牵头，对排水管网开展一次全面普查。",
    "——市政协委员　某某（市水务集团副总经理）",
    "通道要先知先觉",
    "　　全市有下穿通道三十七处。建议市公安局在积水超过警戒值时实施封闭。",
    "——某某某（市政协常委、某民主党派市委副主委）",
  ];

  it("closes each speech at its signature, the signature its byline", () => {
    const docs = documents(page);
    expect(docs.map((d) => d.title)).toEqual(["管网要查漏补缺", "通道要先知先觉"]);
    expect(docs.map((d) => d.byline)).toEqual(["市政协委员　某某（市水务集团副总经理）", "某某某（市政协常委、某民主党派市委副主委）"]);
    expect(docs[0].intro).toContain("编者按");
  });
});
