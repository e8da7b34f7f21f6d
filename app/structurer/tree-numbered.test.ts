import { describe, expect, it } from "vitest";
import { shape, structure } from "./rule-test-support";

const doc = (lines: string[]) => structure(lines.join("\n")).documents[0];

describe("one list's shape, anywhere in the list", () => {
  it("a middle item over one paragraph with a short first sentence is a leaf like its siblings", () => {
    const d = doc([
      "委员建议：把社区食堂办到家门口",
      "社区食堂是老人们最关心的民生实事之一。委员们提出：",
      "（一）合理布点",
      "由区民政局牵头，按照步行十五分钟的范围规划食堂布点。",
      "（二）降低运营成本",
      "补贴要跟上。区财政局对运营主体给予场地和水电补贴，降低运营成本。",
      "（三）保证质量",
      "区市场监管局定期开展食品安全检查，公开检查结果。",
    ]);
    expect(shape(d.children)).toBe("R R R");
    expect(d.children[1].title).toBe("降低运营成本");
  });
});

describe("a bare numbered chapter over unnumbered headings", () => {
  it("nests the plain headings and their numbered items in a Word report's chapter", () => {
    const d = doc([
      "关于改善农贸市场环境的调研报告",
      "某区政协经济委员会",
      "一、基本情况",
      "全区共有农贸市场23个，其中建成超过15年的有11个。",
      "二、对策建议",
      "完善硬件设施",
      "1．改造排水系统。区商务局对老旧市场的排水管网进行改造。",
      "2．更新冷藏设备。鼓励经营户统一采购节能冷柜。",
      "提升管理水平",
      "1．推行智慧监管。在市场入口设置电子公示屏。",
      "2．规范摊位秩序。统一划定经营区域和通道。",
    ]);
    expect(shape(d.children)).toBe("B H(H(R R) H(R R))");
    expect(d.children[1].children.map((c) => c.title)).toEqual(["完善硬件设施", "提升管理水平"]);
  });

  it("does so in a post whose items are bracketed numbers", () => {
    const d = doc([
      "委员视察｜社区图书室怎样留住读者？",
      "一、视察发现",
      "多数图书室藏书陈旧，开放时间与居民下班时间重叠。",
      "二、意见建议",
      "更新藏书结构",
      "（1）建立读者荐书机制。每季度按居民推荐补充新书。",
      "（2）推动通借通还。与区图书馆联网借阅。",
      "调整开放时间",
      "（1）推行错时开放。工作日延长至晚上九点。",
      "（2）招募志愿管理员。由退休教师轮值。",
    ]);
    expect(shape(d.children)).toBe("B H(H(R R) H(R R))");
  });

  it("leaves a chapter with text of its own closed by the headings after it", () => {
    const d = doc([
      "关于改善农贸市场环境的调研报告",
      "一、对策建议",
      "建议从设施和管理两方面入手，逐步改善市场环境，提升群众满意度。",
      "完善硬件设施",
      "改造排水系统。区商务局对老旧市场的排水管网进行改造。",
      "更新冷藏设备。鼓励经营户统一采购节能冷柜。",
      "提升管理水平",
      "推行智慧监管。在市场入口设置电子公示屏。",
      "规范摊位秩序。统一划定经营区域和通道。",
    ]);
    expect(d.children[0].children.map((c) => c.title)).not.toContain("完善硬件设施");
  });
});

describe("a comment after an item is no item", () => {
  it("keeps a paragraph opening with a pointer back (`这并非个例。`) in the item above", () => {
    const d = doc([
      "小区停车难，委员支招",
      "本报记者　某某某",
      "近年来，老旧小区停车难问题突出，委员们走访多个小区后提出建议。",
      "挖潜：盘活闲置空间",
      "推行错时共享停车。委员建议，机关单位夜间向周边居民开放停车位。",
      "这并非个例。另一个街道也有单位开放了车位，居民反映不错。",
      "管理：让车位用得好",
      "规范小区停车收费。物业要公开收费标准，接受业主监督。",
    ]);
    expect(shape(d.children)).toBe("H(R) H(R)");
  });

  it("reads a degree-adverb description or a closing 了 as a comment (two styles)", () => {
    const d = doc([
      "关于加强社区食堂建设的建议",
      "提案人：某某某",
      "社区食堂是老人就近用餐的重要场所。",
      "完善补贴机制",
      "实行按就餐人次补贴。市民政局会同市财政局制定办法。",
      "效果十分明显。试点社区的老人就餐人数翻了一番。",
      "加强食品安全",
      "推行明厨亮灶。市场监管部门定期检查。",
      "老人终于放心了。不少老人每天都来吃饭。",
    ]);
    expect(shape(d.children)).toBe("H(R) H(R)");
  });

  it("still reads an instruction naming `这一` measure as a lead phrase", () => {
    const d = doc([
      "关于完善养老服务的建议",
      "提案人：某某某",
      "养老服务关系千家万户。",
      "一、扩大服务供给",
      "建设社区嵌入式养老机构。每个街道至少一所。",
      "推广家庭养老床位。对改造家庭给予补贴。",
    ]);
    expect(shape(d.children)).toBe("H(R R)");
  });
});

describe("a summing-up paragraph after the list adds no items", () => {
  const head = ["关于加强社区养老服务的建议", "提案人：某某某", "社区养老服务需求增长快。"];
  it("keeps `总的来看，……一是……二是……` after numbered items as text", () => {
    const d = doc([...head, "（一）加强护理培养。开展技能培训。", "（二）提高待遇。建立薪酬指导价。", "（三）完善设施。建设嵌入式机构。", "总的来看，做好这项工作，一是要加强领导，二是要落实经费。"]);
    expect(shape(d.children)).toBe("R R R");
  });

  it("keeps `以上建议，一是……` after an inline list as text", () => {
    const d = doc([...head, "建议：一是加强护理培养，开展技能培训；二是提高待遇，建立薪酬指导价。", "以上建议，一是请有关部门研究，二是请财政给予支持。"]);
    expect(shape(d.children)).toBe("R R");
  });
});

describe("a list of lead-phrase items after `建议：` ends where the report goes on", () => {
  it("keeps `据了解，……` and `截至目前，……` after the items as text (a news report)", () => {
    const d = doc([
      "委员视察社区食堂",
      "本报记者　某某",
      "近日，某区政协组织委员视察社区食堂。委员们建议：",
      "完善补贴机制。区民政局按就餐人次给予补贴。",
      "加强食品安全。区市场监管局定期开展检查。",
      "据了解，全区已建成社区食堂42家。",
      "截至目前，社区食堂日均服务老人3000余人次。",
    ]);
    expect(shape(d.children)).toBe("R R");
  });

  it("still takes a third item that opens like the others, or like a measure", () => {
    const d = doc([
      "委员视察社区食堂",
      "本报记者　某某",
      "近日，某区政协组织委员视察社区食堂。委员们建议：",
      "完善补贴机制。区民政局按就餐人次给予补贴。",
      "加强食品安全。区市场监管局定期开展检查。",
      "建议引入连锁企业运营，降低成本。",
    ]);
    expect(shape(d.children)).toBe("R R R");
  });
});

describe("a letter's close ends its items", () => {
  it("makes no node of the close, the signature and the date under it (a residents' letter)", () => {
    const d = doc([
      "关于在小区门口增设公交站点的请求",
      "尊敬的某委员：",
      "您好！我们小区有住户两千多户，最近的公交站在一公里以外，老人出行很不方便。我们有两点请求：",
      "一、请市交通运输局在小区门口增设公交停靠站。",
      "二、市公交集团适当加密早晚高峰班次。",
      "此致",
      "敬礼！",
      "某某小区业主代表（共52户签名，名单附后）",
      "某某小区业委会",
    ]);
    expect(shape(d.children)).toBe("R R");
  });

  it("keeps a short last item a recommendation though the close follows it (an investor's letter)", () => {
    const d = doc([
      "關於便利外資企業辦稅的建議",
      "我們是在某市投資的外資企業代表，現提出以下建議：",
      "一、請市稅務局開設外語辦稅窗口，提供雙語指引。",
      "二、對跨境匯款，開設綠色通道。",
      "此致",
      "敬禮！",
      "外資企業代表　某某",
    ]);
    expect(shape(d.children)).toBe("R R");
  });
});
