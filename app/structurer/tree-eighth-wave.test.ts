/**
 * The tree's eighth wave (docs/structure-format.md, "Tree node counts (2026-12-04, eighth wave)"):
 * paragraphs that illustrate or comment on an item stay its text, however short their first
 * sentence. Every input is made up for the test; none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { shape, structure } from "./rule-test-support";

const doc = (lines: string[]) => structure(lines.join("\n")).documents[0];

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

describe("a problems lead-in line heads a background run", () => {
  it("reads the numbered lines after `……存在三方面问题：` as background, the measures after `建议：` not", () => {
    const d = doc([
      "委员调研托育机构运营",
      "本报记者　某某",
      "近日，某区政协调研组走访了8家托育机构。",
      "调研发现，主要存在三方面问题：",
      "1.收费偏高，普惠托位不足。",
      "2.师资流动大，保育人员持证率低。",
      "3.场地难找，租金负担重。",
      "委员们建议：",
      "1.扩大普惠托位。区卫健委会同区教育局推动幼儿园开设托班。",
      "2.稳定师资队伍。开展保育人员技能培训。",
    ]);
    expect(shape(d.children)).toBe("B B B R R");
  });

  it("does the same for `（一）` problems after `问题主要表现在：`, and not after `针对这些问题：`", () => {
    const problems = doc([
      "关于规范共享单车停放的建议",
      "提案人：某某某",
      "问题主要表现在：",
      "（一）乱停乱放。地铁口单车堆积，占用盲道。",
      "（二）投放过量。部分区域车辆长期闲置。",
      "对此建议：",
      "（一）划定停放区。城管部门会同交警部门施划停放点位。",
      "（二）实行总量控制。按区域核定投放规模。",
    ]);
    expect(shape(problems.children)).toBe("B B R R");
    const remedies = doc([
      "关于规范共享单车停放的建议",
      "提案人：某某某",
      "针对这些问题：",
      "（一）划定停放区。城管部门会同交警部门施划停放点位。",
      "（二）实行总量控制。按区域核定投放规模。",
    ]);
    expect(shape(remedies.children)).toBe("R R");
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

describe("a news lede's purpose clause is no measure", () => {
  it("gives a pure report opening `推动……，市政协日前……` no node", () => {
    const d = doc(["委员视察养老机构", "本报记者　某某", "推动养老服务提质增效，市政协日前组织委员视察养老机构。", "委员们走访了4家机构，与老人和护理员交流。"]);
    expect(shape(d.children)).toBe("");
  });

  it("still reads a purpose clause with a modal (`……，市民政局要……`) as a measure", () => {
    const d = doc(["关于养老服务的建议", "提案人：某某某", "推动养老服务提质增效，市民政局要建立服务质量评价制度。"]);
    expect(shape(d.children)).toBe("R");
  });
});
