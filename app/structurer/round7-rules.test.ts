/**
 * Rules added when the fourth held-out folder (content/corpus-holdout-4; its texts are now
 * in content/corpus) was opened and tuned to (issue 12, round 7). Each input here is made
 * up for the test; none is taken from the corpus.
 */
import { describe, expect, it } from "vitest";
import { pdfPagesToText } from "./inputs/pdf-text";
import { detect, removed, shape, structure } from "./rule-test-support";

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

  it("a heading that repeats a common word of the text above is no caption, even on a page crediting photos", () => {
    const text = [
      "今年以来，全市老旧小区加装电梯新开工120部，惠及居民4000余户，群众“上下楼难”逐步缓解。",
      "据统计，全市仍有老旧小区860个，加装需求集中、协调难度较大。",
      "老旧小区更新提速",
      "简化审批流程。市住建局牵头，推行加装电梯联合审查。",
      "加大资金支持。市财政局对加装电梯给予每部15万元补助。",
      "本版图片由记者 某某 摄",
    ].join("\n");
    expect(removed(text)).not.toContain("老旧小区更新提速");
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
    // The reprint's origin is the source, not the account that reprints it.
    expect(structure(text).documents[0].source).toBe("某某晚报");
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

describe("trees (round 7)", () => {
  const tree = (text: string) => shape(structure(text).documents[0].children);

  it("under a situation heading a paragraph with a short first sentence is findings, not an item", () => {
    const text = [
      "关于某某的调研报告",
      "某市政协经济委员会",
      "为推动整治，委员会组成调研组开展调研。现将调研情况报告如下。",
      "一、基本情况",
      "全市现有农贸市场86个，其中改造提升的市场32个。今年以来，累计整改隐患120余处，市场秩序总体良好。",
      "二、对策建议",
      "（一）完善规划。建议由市商务局牵头编制市场布局规划。",
      "（二）加强监管。市市场监管局定期开展专项检查。",
    ].join("\n");
    expect(tree(text)).toBe("B H(R R)");
  });

  it("under a heading of practices, lead-phrase paragraphs stay its (background) items", () => {
    const text = [
      "关于某某工作的调研报告",
      "某市政协社会法制委员会",
      "为推动基层治理，委员会开展专题调研。现将调研情况报告如下。",
      "一、主要做法",
      "建立联席会议。各街道每月召开一次联席会议，研究解决群众反映的突出问题。",
      "推行网格管理。全市划分网格1200个，每个网格配备专职网格员。",
      "二、对策建议",
      "（一）完善考核。建议由市委政法委牵头完善考核办法。",
      "（二）充实力量。市民政局指导街道充实社工队伍。",
    ].join("\n");
    expect(tree(text)).toBe("B(B B) H(R R)");
  });

  it("an answer's speaker label is no lead phrase, and a problem statement under a question heading is background", () => {
    const text = [
      "托育服务如何从“有”到“优”？",
      "——专访某区卫生健康局局长某某某",
      "一、托位够用了吗",
      "记者：不少家长反映托位难找，您怎么看？",
      "何某某：这个情况确实存在。首先，在普惠托位方面还存在缺口。其次，保育人员培训机制不健全，队伍稳定性不高。",
      "二、下一步怎么做",
      "记者：有哪些具体措施？",
      "何某某：我们准备从两个方面发力。",
      "首先，扩大普惠供给。区卫健局会同区教育局，利用幼儿园富余学位开设托班。",
      "其次，加强人员培训。区人社局将保育员纳入职业技能培训补贴范围。",
    ].join("\n");
    expect(tree(text)).toBe("B H(R R)");
  });

  it("a numbered section headed by a measure is a recommendation even when its text has no measure word", () => {
    const text = [
      "关于加强城区停车管理的建议",
      "近年来，我市机动车保有量快速增长，停车难问题日益突出。",
      "一、推广错时共享",
      "在机关单位和商场停车场全面安装智能道闸，空闲车位夜间向周边居民开放。",
      "二、完善收费政策。市发展改革委按区域实行差别化收费。",
    ].join("\n");
    expect(tree(text)).toBe("R R");
  });

  it("a question heading whose text tells the reader what to do is background", () => {
    const text = [
      "适老化改造补贴开始申请啦",
      "今年，我区计划为800户困难老年人家庭实施适老化改造，每户最高补贴4000元。",
      "📍怎么申请？",
      "老人或家属向社区提交申请，社区初审后报街道，区民政局组织第三方上门评估、制定改造方案。",
      "📍改造有保障",
      "严把施工质量。区民政局会同区住建局制定改造标准。",
      "加强资金监管。区财政局对补贴资金实行专账管理。",
    ].join("\n");
    expect(tree(text)).toBe("B H(R R)");
  });

  it("a PDF line holding half-width digits that stops mid-sentence continues on the next line", () => {
    const line = (text: string, x0: number, x1: number, y: number) => ({ text, x0, x1, y, size: 12 });
    const { text } = pdfPagesToText([
      {
        width: 595,
        height: 842,
        lines: [
          line("一是管网老化，全区运行超过20年的燃气管道约86公里，部分存在", 96, 500, 700),
          line("腐蚀问题；二是商户安全意识不强，瓶装液化气违规存放现象仍然存", 72, 524, 680),
          line("在。", 72, 96, 660),
        ],
      },
    ]);
    expect(text.trim().split("\n")).toEqual(["一是管网老化，全区运行超过20年的燃气管道约86公里，部分存在腐蚀问题；二是商户安全意识不强，瓶装液化气违规存放现象仍然存在。"]);
  });
});
