/**
 * Departments: 自治区/州/盟 levels, vertically managed bodies, bare stems in lists, governments written in full.
 * Each input here is made up for the test; none is taken from the corpus.
 */
import { describe, expect, it } from "vitest";
import { detectDepartments, documentLevel } from "./departments";
import { fold } from "./fold";
import { detect, directoryIndex, RURAL_BUS_REPORT, shape, structure } from "./rule-test-support";

/** `name:role(:new)` read as a document of `level` would read them. */
const detectAt = (text: string, level?: string) => detect(text, { level });

/** `name:role`, without the new flag. */
const detectRoles = (text: string) => detect(text, { markNew: false });

describe("departments", () => {
  it("in a 自治区 text 我区 is the region: bare stems resolve at the provincial level", () => {
    const text = fold("我区将加快推进边境小康村建设。由自治区农业农村厅牵头，住建、财政等部门配合。");
    expect(documentLevel(text)).toBe("省");
    expect(detectAt(text, "省")).toEqual(expect.arrayContaining(["省住房和城乡建设厅:co", "省财政厅:co"]));
  });

  it("团委 follows the document's level; 自治区党委编办 is one body", () => {
    expect(detectAt("妇联、团委组织志愿者开展关爱活动。", "省")).toEqual(["省妇女联合会:lead", "共青团某省委员会:co"]);
    expect(detectAt("自治区党委编办会同自治区教育厅核定编制。", "省")).toEqual(expect.arrayContaining(["自治区党委编办:lead:new", "省教育厅:co"]));
  });

  it("a 文化馆's post is not a department; 海关 is a new body; 会同 and scopes keep co", () => {
    expect(detectAt("专访区政协委员、区文化馆馆长某某。", "区")).toEqual([]);
    expect(detectAt("联合海关、公安、市场监管等部门开展联合检查。", "省")).toEqual(["海关:co:new", "省公安厅:co", "省市场监督管理局:co"]);
    expect(detectAt("市人社局会同市教育局统筹开发基层岗位。")).toEqual(["市人力资源和社会保障局:lead", "市教育局:co"]);
  });
});

describe("departments", () => {
  it("a generic form written without its 和 (自然资源规划) is a bare stem in a list, like 自然资源和规划", () => {
    expect(detectRoles("由市水务局牵头，应急、自然资源规划等部门配合，排查地下管网。")).toEqual(
      expect.arrayContaining(["市自然资源和规划局:co"]),
    );
  });

  it("a body named by its system and then its unit in one word (公安交警部门) is one mention, its role read after the word", () => {
    expect(detectRoles("由市交通运输局牵头，在医院周边增设临时停靠点，公安交警部门配合优化执法方式。")).toEqual(["市交通运输局:lead", "市公安局:co"]);
  });

  it("the postal regulator (邮政管理部门), vertically managed like the telecom regulator, is offered as new", () => {
    expect(detectRoles("由县交通运输局牵头，邮政管理部门配合，整合农村快递网点。")).toEqual(expect.arrayContaining(["邮政管理部门:co"]));
  });

  it("a department before 关于 (听取X关于…的汇报) is spoken of, not asked to act", () => {
    expect(detectRoles("委员们先后来到东关村、西塘村，实地察看河道整治情况，听取县水务局关于城区排涝工作情况的汇报。")).toEqual(["县水务局:mentioned"]);
  });
});

describe("departments", () => {
  it("the financial regulator's provincial branch (…某省监管局) is one new vertical body", () => {
    const found = detectDepartments("由省财政厅牵头，国家金融监督管理总局某省监管局配合，做好保险理赔工作。", directoryIndex, { suggestNew: true }).map((m) => m.name);
    expect(found).toContain("国家金融监督管理总局某省监管局");
    expect(found).not.toContain("国家金融监督管理总局");
  });
});

describe("州 and 盟 levels", () => {
  it("a 自治州's or a 盟's bodies are city-level bodies", () => {
    expect(detect("建议由州民政局牵头，州卫健委配合，做好高龄津贴发放。")).toEqual(["市民政局:lead", "市卫生健康委员会:co"]);
    expect(detect("盟交通运输局要会同盟公安局开展冬季道路隐患排查。")).toEqual(["市交通运输局:lead", "市公安局:co"]);
  });

  it("州 and 盟 inside words and place names are no prefix", () => {
    expect(detect("民盟市委建议市民政局牵头开展调研。")).not.toContain("市民政局:mentioned");
    expect(detect("某州市民政局牵头开展调研。")).toEqual(["市民政局:lead"]);
  });
});

describe("member corridors, speeches and departments", () => {
  it("a short headline over a member's byline with a post opens that member's article, not a caption", () => {
    const text = [
      "某省政协报",
      "委员通道上的民生话题",
      "本报讯　3月5日，省政协会议首场“委员通道”开启，两位委员回答了记者提问。",
      "让农村客车开得更远",
      "省政协委员、某县运输公司经理　某某某",
      "记者：农村客运难在哪里？",
      "某某某：难在成本。我建议，一是推行预约班线；二是给予里程补贴。",
      "给乡村医生更多保障",
      "省政协委员、某县人民医院院长　某某",
      "记者：乡村医生流失怎么办？",
      "某某：我建议，一是提高乡村医生补助；二是落实养老保险。",
    ].join("\n");
    const docs = structure(text).documents;
    expect(docs.map((d) => d.title)).toEqual(["让农村客车开得更远", "给乡村医生更多保障"]);
  });

  it("a speech's salutation (`尊敬的主席、各位委员：`) is no author line", () => {
    const text = [
      "让农村客车开得更远",
      "某某某代表民盟省委会：",
      "尊敬的主席、各位副主席、秘书长，各位委员：",
      "近年来，我省农村客运网络不断完善，但部分线路运营困难。为此，建议如下：",
      "第一，推行预约班线。省交通运输厅牵头，推行预约响应模式。",
      "第二，给予里程补贴。各级财政要按里程给予补贴。",
    ].join("\n");
    const docs = structure(text).documents;
    expect(docs).toHaveLength(1);
    expect(shape(docs[0].children)).toBe("R R");
  });

  it("a venue and an assembly's term are no new bodies; 药品监管部门 is the market regulator", () => {
    expect(detect("会议在市会展中心举行，省会议中心同时设分会场。")).toEqual([]);
    expect(detect("政协某某市第九届委员会第三次会议开幕。")).toEqual([]);
    expect(detect("药品监管部门加强抽检。")).toEqual(["市市场监督管理局:lead"]);
  });
});

describe("wrapped titles and departments", () => {
  it("a title wrapped before `的调研报告` takes its tail", () => {
    const text = ["关于加强农村客运站点建设", "的调研报告", "县政协经济委员会", ...RURAL_BUS_REPORT].join("\n");
    expect(structure(text).documents[0].title).toBe("关于加强农村客运站点建设的调研报告");
  });

  it("a level's people's government written in full (`县人民政府统筹`) is that level's government", () => {
    expect(detect("县人民政府统筹客运站点建设，县交通运输局配合。")).toContain("区人民政府:lead");
    expect(detect("县人民医院开设夜间门诊。")).toEqual([]);
  });

  it("`与X联合` makes X a partner (co); a qualifier (`边防`) keeps a list going; 海事部门 is a vertical body", () => {
    expect(detect("县交通运输局牵头，对站点开展排查，与气象部门联合发布出行提示。")).toContain("市气象局:co");
    expect(detect("市交通运输局联合海事部门、边防派出所开展水上客运整治。")).toEqual(["市交通运输局:lead", "海事部门:co:new", "市公安局:co"]);
  });
});

describe("a lower level's bureau named by its 所, and a party's 自治区委员会 (fifteenth wave)", () => {
  it("reads `区市场监督管理局某某所` as the grass-roots 市场监管所: the city bureau", () => {
    expect(detectAt("区市场监督管理局棠埠所每周对夜市摊点开展抽查。", "区")).toEqual(["市市场监督管理局:lead"]);
  });
  it("leaves 所 before a verb (所需, 所有) to the sentence", () => {
    expect(detectAt("县财政局保障所需经费。", "区")).toEqual(["县财政局:lead:new"]);
  });
  it("reads `自治区委员会` after a democratic party as the party's, not the CPC's", () => {
    expect(detectAt("三、推动医养结合。由自治区卫生健康委牵头。\n致公党某自治区委员会", "省")).toEqual(["省卫生健康委员会:lead"]);
    expect(detectAt("自治区委、政府印发了实施意见。", "省")[0]).toBe("中共某省委员会:lead");
  });
});
