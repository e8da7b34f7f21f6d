/**
 * Departments (issue #12): made-up sentences in styles other than the
 * texts that showed each gap — a prefix written once for a list (`自治区卫生健康委、医保局、农牧厅`,
 * `自治区党委、政府`), tiers listed with a comma (`各盟市、旗县政府`), a closing `等部门` that serves a
 * bare member (`联合交通运输、林草等部门`), several levels written out (`市、区两级民政部门`), a
 * prefecture (`地区行署`, `地区教育局`), and the doer of a causative verb (`鼓励各区政府通过…引入`).
 */
import { describe, expect, it } from "vitest";
import { buildDirectoryIndex, detectDepartments, documentLevel } from "./departments";
import { fold } from "./fold";
import type { DirectoryLike } from "./types";

const DIRECTORY: DirectoryLike[] = [
  { name: "中共某省委员会", short: "省委", aliases: [] },
  { name: "省人民政府", short: "省政府", aliases: [] },
  { name: "省农业农村厅", short: null, aliases: ["省农牧厅"] },
  { name: "省卫生健康委员会", short: "省卫健委", aliases: [] },
  { name: "省医疗保障局", short: "省医保局", aliases: [] },
  { name: "省林业和草原局", short: "省林草局", aliases: ["省林业局"] },
  { name: "省交通运输厅", short: null, aliases: [] },
  { name: "中共某市委员会", short: "市委", aliases: [] },
  { name: "市人民政府", short: "市政府", aliases: [] },
  { name: "区人民政府", short: "区政府", aliases: [] },
  { name: "市交通运输局", short: null, aliases: ["交通运输部门", "交通运输"] },
  { name: "市农业农村局", short: "市农业局", aliases: ["农业农村部门"] },
  { name: "市民政局", short: null, aliases: ["民政部门", "民政"] },
  { name: "区民政局", short: null, aliases: [] },
  { name: "市财政局", short: null, aliases: ["财政部门"] },
  { name: "市教育局", short: null, aliases: ["教育部门"] },
  { name: "市供电公司", short: null, aliases: ["供电公司"] },
  { name: "市发展和改革委员会", short: "市发展改革委", aliases: [] },
  { name: "市商务局", short: null, aliases: [] },
  { name: "市应急管理局", short: null, aliases: ["应急管理部门", "应急部门"] },
  { name: "市消防救援支队", short: null, aliases: ["消防救援部门", "消防部门"] },
  { name: "市公安局", short: null, aliases: ["公安", "公安部门"] },
  { name: "市委政法委员会", short: "市委政法委", aliases: ["政法委"] },
  { name: "市市场监督管理局", short: "市市场监管局", aliases: ["市场监督管理局", "市场监管局"] },
  { name: "市税务局", short: null, aliases: ["税务局", "税务部门"] },
];
const index = buildDirectoryIndex(DIRECTORY);
const detect = (text: string, level = "市") =>
  detectDepartments(text, index, { level, suggestNew: true }).map((m) => `${m.name}:${m.role}${m.new ? ":new" : ""}`);

describe("a prefix written once for a list", () => {
  it("reads a prefixed alias's bare form after the prefix's first member (`…、农牧厅`)", () => {
    // Staff only listen: no member leads because `负责同志` follows the list.
    expect(detect("自治区卫健委、医保局、农牧厅等部门负责同志列席会议。", "省")).toEqual([
      "省卫生健康委员会:mentioned",
      "省医疗保障局:mentioned",
      "省农业农村厅:mentioned",
    ]);
  });

  it("reads a bare 政府 after a party committee as the committee's level's government", () => {
    expect(detect("调研报告已呈报自治区党委、政府。", "省")).toEqual(["中共某省委员会:mentioned", "省人民政府:mentioned"]);
    expect(detect("市委和政府把这件事列为民生实事。")).toEqual(["中共某市委员会:lead", "市人民政府:co"]);
    // A government without a committee before it is the generic word.
    expect(detect("政府要加大投入。")).toEqual([]);
  });
});

describe("tiers and levels written out", () => {
  it("reads tiers listed with a comma of enumeration under one 各 and one 政府", () => {
    expect(detect("各盟市、旗县政府要把巡诊纳入考核。")).toEqual(["市人民政府:lead", "区人民政府:lead"]);
    expect(detect("由各市、县人民政府组织实施。")).toEqual(["市人民政府:lead", "区人民政府:lead"]);
    // `设区的市`, `设区市` are cities (prefecture level): the 区 after 设 is no level prefix.
    expect(detect("各设区市人民政府要制定实施方案。", "省")).toEqual(["市人民政府:lead"]);
  });

  it("reads a form after several levels with a count word at each level the directory has", () => {
    expect(detect("请市、区两级民政部门加大投入。")).toEqual(["市民政局:lead", "区民政局:lead"]);
    expect(detect("市区两级财政部门要安排专项资金。")).toEqual(["市财政局:lead"]);
    // No count word: no list of levels.
    expect(detect("市区道路两级台阶")).toEqual([]);
  });

  it("reads a prefecture's office and bureaus as city-level", () => {
    expect(detect("建议地区行署牵头，地区教育局、地区财政局配合。")).toEqual(["市人民政府:lead", "市教育局:co", "市财政局:co"]);
    expect(detect("某某地区行政公署要加大投入。")).toEqual(["市人民政府:lead"]);
    expect(detect("偏远地区教育发展滞后，地区生产总值增长放缓。")).toEqual([]);
    expect(documentLevel(fold("地区行署高度重视，地区教育局抓好落实。"))).toBe("市");
    expect(documentLevel(fold("全地区有7个县。地区教育局牵头，县公安局配合。"))).toBe("市");
  });
});

describe("members and doers", () => {
  it("lets a closing 等部门 serve a bare member the directory knows only with 部门", () => {
    expect(detect("省交通运输厅牵头，联合交通运输、林草等部门开展巡查。", "省")).toEqual([
      "省交通运输厅:lead",
      "省林业和草原局:co",
    ]);
    // No closing unit word: the stem is an ordinary word.
    expect(detect("市交通运输局、林草茂盛的山区")).toEqual(["市交通运输局:mentioned"]);
  });

  it("reads the body after a causative verb as the doer when an adverbial of means or place follows", () => {
    expect(detect("鼓励各区政府通过购买服务引入专业机构。")).toEqual(["区人民政府:lead"]);
    expect(detect("支持市供电公司在老旧小区开展线路改造。")).toEqual(["市供电公司:lead"]);
    // A noun after the list keeps it a modifier.
    expect(detect("推动民政、财政部门数据共享。")).toEqual(["市民政局:mentioned", "市财政局:mentioned"]);
  });

  it("reads the clause after a lead verb's clause as assisting, and skips how the work is shared", () => {
    expect(detect("建议由区政府统筹，区民政局具体实施。")).toEqual(["区人民政府:lead", "区民政局:co"]);
    expect(detect("由市发展改革委牵头负责，市财政局、市商务局按职责配合。")).toEqual(["市发展和改革委员会:lead", "市财政局:co", "市商务局:co"]);
    expect(detect("市民政局、市财政局按照各自职责负责。")).toEqual(["市民政局:lead", "市财政局:lead"]);
  });
});

describe("weak stems and every level", () => {
  it("reads a weak stem closed by a unit word, or asked to act, as its department", () => {
    expect(detect("应急管理部门要会同消防救援机构开展演练。")).toEqual(["市应急管理局:lead", "市消防救援支队:co"]);
    expect(detect("建议由市级财政给予一次性补助。")).toEqual(["市财政局:lead"]);
    // The role is read after the whole name (`机构` is part of it).
    expect(detect("消防救援机构配合做好应急准备。")).toEqual(["市消防救援支队:co"]);
    // The stem as an adjective still names nothing.
    expect(detect("财政资金使用效率不高。")).toEqual([]);
  });

  it("reads 各级 before a form as that system at every level at or below the text's", () => {
    expect(detect("各级民政部门要加强指导。")).toEqual(["市民政局:lead", "区民政局:lead"]);
    expect(detect("各级党委政府要高度重视。")).toEqual([]);
  });
});

describe("a lower level's bureau named by its field unit", () => {
  it("reads it as the system at the nearest level above, as 派出所 is", () => {
    expect(detect("县公安局交警大队要在放学时段加强路面管控。", "区")).toEqual(["市公安局:lead"]);
    expect(detect("区公安局城关派出所配合做好排查。", "区")).toEqual(["市公安局:co"]);
    // Without a field unit the prefixed name stays new; a verb after a body is no unit.
    expect(detect("县公安局要加强巡逻。", "区")).toEqual(["县公安局:lead:new"]);
    expect(detect("区委政法委统筹派出所、司法所等力量。", "区")).toContain("区委政法委:lead:new");
  });

  it("reads a township office named by its place and 所 as a field unit (`…局某某所`)", () => {
    expect(detect("区市场监管局桐岗所负责摊点食品安全检查。", "区")).toEqual(["市市场监督管理局:lead"]);
    expect(detect("县税务局河埠税务所每月上门辅导开票。", "区")).toEqual(["市税务局:lead"]);
    // `所需`/`所有` after a verb is the particle, not an office: the bureau stays new.
    expect(detect("县财政局保障所需经费。", "区")).toEqual(["县财政局:lead:new"]);
  });
});

describe("national bodies are outside the tree", () => {
  it("offers a national body or a ministry as new under its own name, never the city's bureau of its stem", () => {
    expect(detect("建议国家医保局将该类药品纳入谈判范围。")).toEqual(["国家医保局:lead:new"]);
    expect(detect("建议教育部出台寄宿制学校生活教师配备标准，市教育局配合试点。")).toEqual(["教育部:lead:new", "市教育局:co"]);
    expect(detect("国务院办公厅印发了实施意见。")).toEqual(["国务院办公厅:lead:new"]);
    // Words that start like one: a verb after a stem, a part, the nation as a noun.
    expect(detect("教育部分地区开展试点。")).toEqual([]);
    expect(detect("国家安全是头等大事，国家医保目录每年调整。")).toEqual([]);
  });
});

describe("posts and units spoken of", () => {
  it("reads a standing committee member as a post and a body's 相关处室负责人 as spoken of", () => {
    expect(detect("市委常委、市委宣传部部长某某出席活动。")).toEqual(["中共某市委员会:mentioned", "市委宣传部:mentioned:new"]);
    expect(detect("市民政局相关处室负责人介绍了情况。")).toEqual(["市民政局:mentioned"]);
    // The body saying what it will do still leads.
    expect(detect("市民政局有关负责人表示，将会同市财政局完善补贴办法。")).toEqual(["市民政局:lead", "市财政局:co"]);
  });
});
