/**
 * The head's seventh-wave rules (2026-12-04; docs/structure-format.md, "Head (2026-12-04, seventh
 * wave)"). Every input is made up for the test; none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { parseByline } from "./authors";
import { continuesWrapped } from "./blocks";
import { meetingField } from "./chrome-apparatus";
import { fold } from "./fold";
import { editionName, nameOverDescriptor } from "./head-names";
import { topicTag } from "./title-wrap";
import { firstDocument, POCKET_PARK_BODY } from "./rule-test-support";

const doc = (head: string[]) => firstDocument(head, POCKET_PARK_BODY);
const line = (text: string) => ({ text, folded: fold(text) });
const byline = (s: string) => parseByline(s, fold(s))?.byline ?? null;

describe("a line naming a publication's edition", () => {
  it("names the publication in either mark, with its kind, edition, issue and date beside it", () => {
    expect(editionName(fold("《某某议政》杂志 · 网络版"))).toBe("某某议政");
    expect(editionName(fold("《某某议政》电子刊　2026年第3期"))).toBe("某某议政");
    expect(editionName(fold("【某某手机报·早间版】总第1200期　2026年3月2日"))).toBe("某某手机报");
    expect(editionName(fold("【某某手机报】2026年3月2日 第1200期"))).toBe("某某手机报");
    expect(editionName(fold("今日某某 电子报刊"))).toBe("今日某某");
  });
  it("reads no issue number, bracketed headline or headline after the name as a publication", () => {
    expect(editionName(fold("【第1200期】 2026-03-02 星期一"))).toBeNull();
    expect(editionName(fold("【委员声音】让口袋公园更好用"))).toBeNull();
    expect(editionName(fold("《某某议政》杂志 口袋公园怎样建"))).toBeNull();
  });
  it("is the source, never the headline", () => {
    const d = doc(["《某某议政》杂志 · 网络版", "首页 > 本期目录", "口袋公园怎样建得更好"]);
    expect(d.title).toBe("口袋公园怎样建得更好");
    expect(d.source).toBe("某某议政");
  });
});

describe("an app's or a paper's name over the line that says what it is", () => {
  const lines = ["“某某通”", "某某市一体化政务服务平台", "口袋公园怎样建得更好"].map(line);
  it("reads the name (quotes gone) over a platform, client or party-paper line", () => {
    expect(nameOverDescriptor(lines, 0)).toBe("某某通");
    expect(nameOverDescriptor(["某某新闻", "某某县融媒体中心官方客户端"].map(line), 0)).toBe("某某新闻");
    expect(nameOverDescriptor(lines, 1)).toBeNull();
  });
  it("gives way to the page's own `来源：`, as a portal does", () => {
    expect(doc(["“某某通”", "某某市一体化政务服务平台", "口袋公园怎样建得更好"]).source).toBe("某某通");
    expect(doc(["某某强国", "某省学习平台", "口袋公园怎样建得更好", "来源：某某融媒体中心"]).source).toBe("某某融媒体中心");
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

describe("a microblog's post", () => {
  it("takes the account over the device stamp as the source, past a verification badge, whatever the name reads like", () => {
    expect(doc(["某某市政协委员某某某", "2026-3-1 08:00 来自 iPhone客户端", "关于口袋公园怎样建得更好的建议"]).source).toBe("某某市政协委员某某某");
    expect(doc(["某某政协", "✓ 某某市政协官方微博", "2026-3-1 08:00 来自 微博网页版", "口袋公园怎样建得更好"]).source).toBe("某某政协");
  });
  it("drops a topic tag before a bare headline after a space, as before a bracketed one", () => {
    expect(topicTag("#某某两会# 关于口袋公园的建议")).toEqual(["#某某两会#"]);
    expect(topicTag("#某某两会#【关于口袋公园的建议】")).toEqual(["#某某两会#"]);
    expect(topicTag("#某某两会#")).toEqual([]);
    expect(doc(["某某市政协委员某某某", "2026-3-1 08:00 来自 iPhone客户端", "#某某两会# 关于口袋公园怎样建得更好的建议"]).title).toBe("关于口袋公园怎样建得更好的建议");
  });
});
