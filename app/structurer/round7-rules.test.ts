/**
 * Rules added when the fourth held-out folder (content/corpus-holdout-4; its texts are now
 * in content/corpus) was opened and tuned to (issue 12, round 7). Each input here is made
 * up for the test; none is taken from the corpus.
 */
import { describe, expect, it } from "vitest";
import { loadDepartments } from "../../content/directory";
import { buildDirectoryIndex, detectDepartments } from "./departments";
import { structureText } from "./index";
import type { Node } from "./types";

const directory = loadDepartments();
const index = buildDirectoryIndex(directory);
const detect = (text: string) => detectDepartments(text, index, { suggestNew: true }).map((m) => `${m.name}:${m.role}${m.new ? ":new" : ""}`);
const structure = (text: string) => structureText(text, { directory });
const removed = (text: string) => (structure(text).removed ?? []).map((x) => x.text);
export const shape = (nodes: Node[]): string =>
  nodes.map((n) => `${(n.kind ?? "?")[0].toUpperCase()}${n.children.length ? `(${shape(n.children)})` : ""}`).join(" ");

describe("page chrome (round 7)", () => {
  it("a bracketed 供稿 note, a 公文 release note, an attachment line and a contact line after a symbol are chrome", () => {
    const text = [
      "关于推进社区食堂建设的建议",
      "近年来，我市老年人口持续增加，社区就餐需求日益旺盛，但食堂布点不足。",
      "一、扩大覆盖。市民政局牵头，在新建小区配建社区食堂。",
      "二、降低成本。市商务局引导餐饮企业参与运营。",
      "☎ 服务热线：0000-1234XXXX（工作日）",
      "（某某区新闻中心 供稿）",
      "附件：社区食堂布点情况表（略）",
      "某市政协社会法制委员会",
      "2026年6月1日",
      "（此件公开发布）",
    ].join("\n");
    const r = structure(text);
    expect(removed(text)).toEqual(
      expect.arrayContaining(["☎ 服务热线：0000-1234XXXX（工作日）", "（某某区新闻中心 供稿）", "附件：社区食堂布点情况表（略）", "2026年6月1日", "（此件公开发布）"]),
    );
    expect(r.documents[0].date).toBe("2026-06-01");
  });

  it("a header met twice, once beside a page number, is a running header above its own title too", () => {
    const text = [
      "某某区政协　专题材料",
      "关于加强河道保洁的调研报告",
      "某某区政协人口资源环境委员会",
      "今年以来，委员会围绕河道保洁开展专题调研，现将有关情况报告如下。",
      "一、加强日常保洁。区城管局牵头，落实河道保洁责任。",
      "- 1 -",
      "某某区政协　专题材料",
      "二、完善考核办法。将河道保洁纳入街道年度考核。",
    ].join("\n");
    const r = structure(text);
    expect(r.documents[0].title).toBe("关于加强河道保洁的调研报告");
    expect((r.removed ?? []).filter((x) => x.text === "某某区政协　专题材料")).toHaveLength(2);
  });

  it("a page's headline with its own subtitle under edition furniture is content, not a column label", () => {
    const text = [
      "某省日报",
      "2026年2月1日 第6版　专版",
      "上一版　下一版　本版目录",
      "同心共筑 献计发展",
      "——省政协全会大会发言摘登",
      "编者按：省政协全会举行大会发言，本版摘登部分发言。",
      "发展县域特色产业",
      "王某某代表民建省委：",
      "一是培育主导产业。省工信厅支持每个县培育特色产业集群。",
      "二是完善园区配套。省发展改革委统筹布局县域产业园区。",
    ].join("\n");
    expect(removed(text)).not.toContain("同心共筑 献计发展");
    expect(removed(text)).toEqual(expect.arrayContaining(["上一版　下一版　本版目录"]));
  });

  it("a line opening with a place the text just named is a caption, more so on a page that credits photos", () => {
    const photo = [
      "今年起，城东的滨河路夜市划定了统一摊位，摊主扫码登记后即可出摊，市民逛夜市更方便。",
      "据统计，全市已设置便民夜市12处，占道经营投诉同比下降四成，市容秩序明显好转。",
      "滨河路夜市灯火通明",
      "合理设置摊位。市城管局牵头，综合人流和交通确定夜市位置。",
      "规范经营秩序。市市场监管局督促摊主亮证经营、明码标价。",
      "本版图片由记者 某某 摄",
    ].join("\n");
    expect(removed(photo)).toContain("滨河路夜市灯火通明");
    const heading = [
      "11月2日，在某某市的“小哥驿站”，十几名快递员正在参加安全培训，驿站为他们提供休息、饮水服务。",
      "“小哥驿站”里，快递员在给电动车充电",
      "暖心服务，让新就业群体留得住",
      "建设服务阵地。市总工会牵头，在商圈建设“小哥驿站”50个。",
      "解决急难愁盼。市人社局推动平台企业缴纳职业伤害保障。",
    ].join("\n");
    expect(removed(heading)).toContain("“小哥驿站”里，快递员在给电动车充电");
  });

  it("people at a place doing something after the last paragraph is a caption", () => {
    const text = [
      "今年汛前，区政协组织委员视察城区排水设施，围绕易涝点整治提出建议。",
      "完善排水管网。区住建局牵头，对老旧管网分批改造，今年改造20公里。",
      "代表们在泵站现场查看设备运行情况",
      "（责任编辑：某某）",
    ].join("\n");
    expect(removed(text)).toContain("代表们在泵站现场查看设备运行情况");
  });

  it("a WeChat reprint card (the account's name and description) and an exclaiming linked headline are chrome", () => {
    const text = [
      "某某生活",
      "某某生活 2026年9月1日 08:00",
      "社区口袋公园，让居民推窗见绿",
      "以下文章来源于某某晚报，作者某某",
      "某某晚报.",
      "本地综合性都市报，陪你读懂城市。",
      "“以前下楼没地方坐，现在楼下就是小公园。”家住老城区的居民说。今年以来，我市新建口袋公园36个，居民出门五分钟就能见到绿地。",
      "市城管局负责人介绍，口袋公园建设坚持见缝插绿，利用边角地、闲置地建设休闲空间。",
      "本文转载自某某晚报，版权归原作者所有，如有侵权请联系删除。",
      "更多精彩 👇",
      "这座大桥下月通车！",
      "周末去哪儿｜秋日赏景好去处",
    ].join("\n");
    expect(removed(text)).toEqual(expect.arrayContaining(["某某晚报.", "本地综合性都市报，陪你读懂城市。", "这座大桥下月通车！"]));
  });
});

describe("departments (round 7)", () => {
  it("a department opening the line under a heading line is the subject that acts", () => {
    expect(detect("扶持转岗就业\n市人社局将转岗人员纳入职业技能培训范围。")).toEqual(["市人力资源和社会保障局:lead"]);
  });

  it("a list closed by `等群团组织` takes the role verb after it", () => {
    expect(detect("妇联、团委等群团组织参与关爱活动。")).toEqual(["市妇女联合会:co", "共青团某市委员会:co"]);
  });

  it("bodies named without a level are new: 海警, a central-bank branch, a chief system's office, 关工委", () => {
    expect(detect("海警、公安等部门开展联合执法。")).toEqual(["海警:lead:new", "市公安局:co"]);
    expect(detect("市商务局会同人民银行某市分行推进资金存管。")).toEqual(["市商务局:lead", "人民银行某市分行:co:new"]);
    expect(detect("林长办督促落实林长制。")).toEqual(["林长办:lead:new"]);
    expect(detect("关工委组织老同志开展宣讲。")).toEqual(["关工委:lead:new"]);
  });

  it("facilities built and counted are no new body", () => {
    expect(detect("近年来，我县建成电商物流配送中心8个。")).toEqual([]);
  });
});
