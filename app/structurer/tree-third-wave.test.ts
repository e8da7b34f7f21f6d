/**
 * The tree's third wave (docs/structure-format.md, "Tree (2026-12-03, third wave)"): symbol-font
 * bullets, OCR'd numbers, one list's shape anywhere in the list, a transcript's time marks,
 * speaker turns, two levels of unnumbered headings. Every input is made up for the test; none
 * is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { parseLineMarker } from "./markers";
import { directory, shape, structure } from "./rule-test-support";
import { structureText } from "./index";

const doc = (lines: string[]) => structure(lines.join("\n")).documents[0];
const tree = (lines: string[]) => shape(doc(lines).children);
const marker = (line: string) => parseLineMarker(line, fold(line));

describe("a Word list's symbol-font bullet pasted as a letter", () => {
  it("`l`, `n`, `Ø`, `§`, `ü` then a tab and Chinese words open a bullet item, kept as its marker", () => {
    for (const line of ["l 路灯夜间亮灯率低。", "Ø 增设夜间照明。", "§ 完善巡查机制。", "ü 落实维修经费。"]) {
      expect(marker(line)?.family).toBe("bullet");
    }
    // A letter before Latin text or a number is a word, not a bullet.
    expect(marker("l am here")).toBeNull();
    expect(marker("n 2 个")).toBeNull();
    const d = doc([
      "关于改善背街小巷照明的建议",
      "背街小巷是居民夜间出行的必经之路，照明不足的问题长期存在。",
      "一、存在的问题",
      "n\t路灯损坏多。部分路灯长期不亮，报修后迟迟无人处理。",
      "n\t布点不合理。一些巷子深处没有路灯，老人夜间出行不便。",
      "二、建议",
      "Ø\t开展全面排查。由区城管局牵头，对背街小巷路灯逐盏排查。",
      "Ø\t建立快修机制。供电公司配合，报修后48小时内修复。",
    ]);
    expect(shape(d.children)).toBe("B(B B) H(R R)");
    expect(d.children[1].children.map((c) => [c.marker, c.title])).toEqual([
      ["Ø", "开展全面排查"],
      ["Ø", "建立快修机制"],
    ]);
  });
});

describe("OCR'd numbers", () => {
  it("`l.`/`I.` read for `1.` and a comma for the dot (`2, `) still number a list", () => {
    expect(marker("l. 加强排查。县应急局牵头。")).toMatchObject({ family: "arabic", number: 1 });
    expect(marker("I. 加强排查。")).toMatchObject({ family: "arabic", number: 1 });
    expect(marker("2, 落实责任。")).toMatchObject({ family: "arabic", number: 2 });
    // A number with a comma inside a figure is no marker.
    expect(marker("3,000元补助已发放。")).toBeNull();
    expect(
      tree([
        "关于加强乡村道路护栏建设的建议",
        "乡村道路急弯陡坡多，护栏缺失的问题比较突出。为此建议：",
        "l. 摸清隐患路段。县交通运输局牵头，逐条排查急弯陡坡。",
        "2, 加快护栏建设。县财政局安排专项资金，分年度完成建设。",
        "3. 加强日常养护。乡镇落实护栏巡查责任。",
      ]),
    ).toBe("R R R");
  });
});

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

describe("a transcript's time marks and speaker turns", () => {
  it("a time mark before the label does not hide the speaker; a turn opens an item only by its numbering", () => {
    const text = [
      "《民生访谈》文字实录：社区养老驿站怎么办好",
      "问题在哪",
      "（09:01）主持人：驿站现在运行得怎么样？",
      "（09:02）唐某某：困难不少。很多驿站场地小、人手少，老人来了也没什么可做。",
      "有何建议",
      "（09:10）主持人：您有什么建议？",
      "（09:11）唐某某：第一，扩大驿站场地。建议区民政局牵头，盘活社区闲置用房。",
      "（09:14）唐某某：第二，充实服务人员。区人社局开展养老护理员培训。",
      "（09:18）主持人：谢谢唐委员。",
    ];
    expect(tree(text)).toBe("B H(R R)");
  });

  it("an answer's short first sentence (`A：手续多、时间长。`) opens no item under a section", () => {
    const text = [
      "委员访谈｜个体户办证，怎样少跑腿",
      "难在哪里",
      "Q：个体户办证难在哪里？",
      "A：手续多、时间长。很多人反映要跑好几个窗口，材料也要反复提交。",
      "Q：还有别的问题吗？",
      "A：信息不透明。办事指南更新不及时，群众不知道去哪里问。",
      "怎么办",
      "Q：您有什么建议？",
      "A：我建议做三件事。",
      "一要推行一窗通办。区政务服务中心设立综合窗口。",
      "二要精简申请材料。区市场监管局梳理材料清单。",
      "三要公开办事指南。各部门及时更新网上指南。",
    ];
    expect(tree(text)).toBe("B H(R R R)");
  });
});

describe("two levels of unnumbered headings", () => {
  it("after a first section, a bare heading right over a heading with text is the section over those items", () => {
    const text = [
      "让城市绿道串起来",
      "调研发现",
      "全市已建成绿道约260公里，但断点多、配套少，一些路段夜间没有照明。",
      "委员建议",
      "打通断点",
      "建议市园林局牵头，会同各区政府年内打通主要断点。",
      "完善配套",
      "在绿道沿线增设驿站、厕所和直饮水点，方便市民休息。",
    ];
    expect(tree(text)).toBe("B H(R R)");
  });

  it("a cover's two caption lines before the first section are no such heading", () => {
    const text = [
      "一图读懂｜专题协商成果",
      "县政协召开专题协商会，委员们提出了建议。一起来看：",
      "助企纾困",
      "协商成果",
      "协商背景",
      "全县民营企业占经营主体九成以上，调研发现企业办事还有不少堵点。",
      "建议一",
      "提升审批效率。县政务服务中心推行一件事一次办。",
      "建议二",
      "兑现惠企政策。县工信局牵头梳理政策清单。",
    ];
    expect(tree(text)).not.toMatch(/^H\(/);
  });
});

describe("Markdown marks pasted as plain text", () => {
  it("`### 一、存在问题` is a background section and `**……。**` no part of an item's title", () => {
    // A `.txt` file is read as plain text (the CLI and importer pass `format: "text"`).
    const plain = (lines: string[]) => structureText(lines.join("\n"), { directory, format: "text" }).documents[0];
    const d = plain([
      "好的，下面是整理后的稿子：",
      "---",
      "## 关于改善城郊公交候车条件的建议",
      "### 一、存在问题",
      "城郊不少公交站点没有候车亭，雨天乘客只能站在路边等车。",
      "### 二、几点建议",
      "1. **增设候车亭。** 由区交通运输局牵头，年内为主要站点建设候车亭。",
      "2. **完善站牌信息。** 公交集团在站牌上标注首末班时间。",
      "---",
      "如需调整语气，请告诉我。",
    ]);
    expect(shape(d.children)).toBe("B H(R R)");
    expect(d.children[1].children.map((c) => c.title)).toEqual(["增设候车亭", "完善站牌信息"]);
  });
});

describe("a report's list read from one paragraph's numbering", () => {
  it("entries made items only by their wording, before and after the list, are narrative", () => {
    const d = doc([
      "【滚动】区政协全体会议分组讨论侧记",
      "14:00",
      "分组讨论开始。委员们围绕区政府工作报告逐章发表意见。",
      "14:30",
      "来自教育界的委员聚焦课后服务，建议：一是扩大课后服务覆盖面，区教育局统筹安排师资；二是引入社会力量参与，区财政局给予适当补助；三是加强安全管理，落实专人值守。",
      "15:40",
      "分组讨论结束。区政府有关部门负责同志到会听取意见。",
    ]);
    expect(shape(d.children)).toBe("R R R");
    expect(d.intro).toContain("分组讨论开始");
  });
});
