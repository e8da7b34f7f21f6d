/**
 * Rules added when the two held-out folders (content/corpus-holdout, content/corpus-holdout-2;
 * their texts are now in content/corpus) were opened and tuned to (issue 12): glued
 * navigation words, 本版 credits, follow prompts, captions that show one thing at a place,
 * problem statements numbered by 首先, a single heading over lead-phrase paragraphs,
 * professional titles in author lines, the Youth League's 团县委, and the script of a new
 * body's name. Each input here is made up for the test; none is taken from the corpus.
 */
import { describe, expect, it } from "vitest";
import { loadDepartments } from "../../content/directory";
import { buildDirectoryIndex, detectDepartments } from "./departments";
import { structureText } from "./index";
import { lostSentences } from "./test-support";
import type { Node } from "./types";

const directory = loadDepartments();
const index = buildDirectoryIndex(directory);
const detect = (text: string) => detectDepartments(text, index, { suggestNew: true }).map((m) => `${m.name}:${m.role}${m.new ? ":new" : ""}`);
const structure = (text: string) => structureText(text, { directory });
const removed = (text: string) => (structure(text).removed ?? []).map((x) => `${x.reason}:${x.text}`);
const shape = (nodes: Node[]): string =>
  nodes.map((n) => `${(n.kind ?? "?")[0].toUpperCase()}${n.children.length ? `(${shape(n.children)})` : ""}`).join(" ");

describe("page chrome", () => {
  it("navigation words written together are navigation (客户端下载 = 客户端 + 下载)", () => {
    const text = ["某某日报", "2026年03月05日 星期四", "第02版：要闻", "客户端下载 | 登录", "城事观察", "老街巷焕新 居民笑开颜", "本报记者 某某", "今年以来，全市完成老旧街巷改造46条，惠及居民2.3万户。"].join("\n");
    const r = structure(text);
    expect(r.documents[0].title).toBe("老街巷焕新 居民笑开颜");
    expect(removed(text)).toEqual(expect.arrayContaining(["navigation:客户端下载 | 登录", "column:城事观察"]));
  });

  it("本版/本期 before a credit label is still a credit", () => {
    const text = ["今年以来，全市完成老旧街巷改造46条，惠及居民2.3万户，群众满意度明显提升。", "本版摄影：记者 某某", "本期审校：某某"].join("\n");
    expect(removed(text)).toEqual(["credit:本版摄影：记者 某某", "credit:本期审校：某某"]);
  });

  it("a follow prompt (关注我们…, a line ending in arrows) is chrome, not the headline", () => {
    const text = ["某某人社", "某某人社 2026年03月02日 09:00 某省", "关注我们，获取更多招聘信息↑↑↑", "春风行动丨援企稳岗“政策包”来了", "为帮助企业稳定岗位，我区近日推出一批援企稳岗政策，快来看看吧！"].join("\n");
    expect(structure(text).documents[0].title).toBe("春风行动丨援企稳岗“政策包”来了");
    expect(removed(text)).toContain("ad:关注我们，获取更多招聘信息↑↑↑");
  });

  it("a line showing one thing at a place (…一处…) between two items is a caption", () => {
    const text = [
      "记者日前走访发现，全市无障碍环境建设正从“有没有”向“好不好”转变。",
      "改造更精细",
      "推进公共场所无障碍改造。市住建局会同市残联对政务服务中心开展排查。",
      "某区一处公交站台新设置的盲文站牌",
      "开展居家适老化改造。为高龄独居老人家庭安装扶手、紧急呼叫装置。",
      "服务更贴心",
      "打造无障碍信息服务。推动政务网站适老化改造。",
      "强化无障碍设施管护。将盲道占用纳入日常巡查。",
    ].join("\n");
    const r = structure(text);
    expect(removed(text)).toEqual(["caption:某区一处公交站台新设置的盲文站牌"]);
    expect(shape(r.documents[0].children)).toBe("H(R R) H(R R)");
  });
});

describe("unnumbered structure", () => {
  it("首先，在……方面还存在…… opens no item: the interview's problem section stays background", () => {
    const text = [
      "记者：我区新市民住房还面临哪些困难？",
      "某某某：首先，在房源供给方面还存在缺口，园区周边的小户型房源不多。其次，部分房源位置偏远。",
      "破解难题",
      "记者：今年将如何破解这些难题？",
      "某某某：首先，多渠道筹集房源。利用闲置厂房改建保障性租赁住房。",
      "其次，完善配套设施。优化公交线路，缩短通勤时间。",
    ].join("\n");
    const withHeading = `让新市民住有所居——访某区住建部门负责人某某某\n记者就保障性租赁住房建设作了专访。\n把握现状\n${text}`;
    expect(shape(structure(withHeading).documents[0].children)).toBe("B H(R R)");
    expect(lostSentences(withHeading, structure(withHeading))).toEqual([]);
  });

  it("one short heading line over two or more lead-phrase paragraphs is a section", () => {
    const text = [
      "六一特别策划｜让城市对孩子更友好",
      "近年来，我市新建改建儿童游乐场地120处，越来越多的孩子在家门口就能找到玩耍的好去处。",
      "下一步，我们将这样做",
      "拓展儿童活动空间。在城市公园、社区广场增设儿童游乐设施。",
      "保障出行安全。在中小学周边设置护学岗。",
    ].join("\n");
    const r = structure(text);
    expect(shape(r.documents[0].children)).toBe("H(R R)");
    expect(r.documents[0].children[0].title).toBe("下一步，我们将这样做");
  });
});

describe("authors and departments", () => {
  it("a professional title ending in 师 makes a speaker line (…总建筑师某某某：)", () => {
    const text = [
      "致公党某市委会：",
      "关于盘活城市低效用地的建议",
      "一是开展低效用地调查，建立低效用地数据库。",
      "二是完善土地收益分配政策。",
      "市政协委员、某设计院总规划师某某某：",
      "关于保护利用历史街区的建议",
      "（一）编制历史街区保护利用规划。",
      "（二）探索“微改造”模式。",
    ].join("\n");
    expect(structure(text).documents.map((d) => `${d.title}|${d.byline}`)).toEqual([
      "关于盘活城市低效用地的建议|致公党某市委会",
      "关于保护利用历史街区的建议|市政协委员、某设计院总规划师某某某",
    ]);
  });

  it("团县委 is the Youth League at the county level: new when the directory has none there", () => {
    expect(detect("团县委每年评选表彰一批优秀志愿者。")).toEqual(["团县委:lead:new"]);
    expect(detect("团市委每年评选表彰一批优秀志愿者。")).toEqual(["共青团某市委员会:lead"]);
  });

  it("a new body's name is Simplified like the directory's; the mention keeps the author's script", () => {
    const [m] = detectDepartments("費用由區財政局給予補助。", index, { suggestNew: true, level: "区" });
    expect(m).toEqual({ name: "区财政局", mention: "區財政局", role: "lead", new: true });
  });
});
