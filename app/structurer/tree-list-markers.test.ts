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

describe("a checklist's ballot boxes ticked or not", () => {
  it("`☑ `, `☐ ` and `☒ ` open bullet items of one list, whatever the state", () => {
    for (const line of ["☑ 降低运营成本。由中央厨房统一配餐。", "☐ 建立口味反馈。每月试菜打分。", "☒ 配建无障碍坡道。年底前完成。"]) {
      expect(marker(line)?.family).toBe("bullet");
    }
    // A box glued to a word (a form's option, `☑满意`) is no list's bullet.
    expect(marker("☑满意 □不满意")).toBeNull();
    const d = doc([
      "关于办好社区长者食堂的几点建议",
      "走访发现，三家食堂午餐就餐人数不多，晚餐几乎没人吃。",
      "☑ 降低运营成本。建议由一家中央厨房统一配餐，减少每个点的人工。",
      "☑ 扩大送餐上门。对80岁以上独居老人，每天集中送一次餐。",
      "☐ 建立口味反馈。每月请就餐老人代表试菜打分，低分菜品下月撤换。",
    ]);
    expect(shape(d.children)).toBe("R R R");
    expect(d.children.map((n) => n.title)).toEqual(["降低运营成本", "扩大送餐上门", "建立口味反馈"]);
  });
});
