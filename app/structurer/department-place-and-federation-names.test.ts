/**
 * Departments (issue #12, 2026-12-05): names whose edges the level characters blur — a place
 * ending in 州/盟 before a national system's office (`璪州海关`), a people's federation by its short
 * form in 联 before a verb (`省青联联合举办`), a level's federation under its full name (`市慈善总会`, new), a prefecture's
 * or league's party committee standing alone (`报送州委、州政府`, `经盟委同意`), a bureau's own
 * enforcement team (`县交通运输局执法大队`), a means adverbial before a co verb (`以合作方式参与`), and a
 * level's research office (`市党史研究室`).
 */
import { describe, expect, it } from "vitest";
import { detect } from "./rule-test-support";

const at = (level: string) => (text: string) => detect(text, { level });
const city = at("市");

describe("a place ending in 州 or 盟 before a named office", () => {
  it("is the office's place, not a level prefix", () => {
    expect(city("璪州海关优化检验检疫流程。")).toEqual(["璪州海关:lead:new"]);
    expect(city("由瑷州海关牵头，简化查验。")).toEqual(["瑷州海关:lead:new"]);
    // even in the prefecture's own text, where 我州 speaks of the level
    expect(city("我州口岸多。玧州海关推行预约通关。")).toEqual(["玧州海关:lead:new"]);
  });
  it("leaves a level standing alone before the office", () => {
    expect(city("州海关要加强查验。")).toEqual(["州海关:lead:new"]);
    expect(city("全州海关系统开展培训。")).toEqual(["州海关:mentioned:new"]);
  });
});

describe("a federation's short form in 联", () => {
  it("ends at the 联 when a predicate follows", () => {
    expect(at("省")("团省委、省青联联合举办两岸青年交流活动。")).toEqual(["共青团某省委员会:lead", "省青联:co:new"]);
    expect(city("市社科联联合市教育局举办社科普及周。")).toEqual(["市社科联:lead:new", "市教育局:co"]);
    expect(at("区")("县社科联会同县教育局组织讲师团。")).toEqual(["县社科联:lead:new", "区教育局:co"]);
  });
  it("reads no body where 联 opens a word", () => {
    expect(city("市场联动，省市联合执法。")).toEqual([]);
    expect(city("区域联防联控机制。")).toEqual([]);
  });
});

describe("a level's federation under its full name", () => {
  // Nineteenth wave: blind holdout-25 `news-agency-03` and holdout-27 `epaper-03` list a level's 慈善总会
  // as a new body that leads (holdout-17 `interview-01` alone leaves it out); department-federations.ts.
  it("is a new body: a charity federation's 总会, a people's federation's 联合会", () => {
    expect(at("省")("省慈善总会设立罕见病救助项目。")).toEqual(["省慈善总会:lead:new"]);
    expect(at("区")("区政协文史委员会联合区社会科学界联合会开展活动。")).toEqual(["区社会科学界联合会:co:new"]);
    expect(at("省")("自治区青年联合会组织青年志愿者结对帮扶。")).toEqual(["自治区青年联合会:lead:new"]);
  });
  it("leaves a charity association, a trade federation and a business federation out", () => {
    expect(at("区")("县慈善协会负责募集善款，县民政局配合。")).toEqual(["区民政局:co"]);
    expect(city("市物流行业联合会发布倡议。")).toEqual([]);
    expect(city("市企业联合会组织培训。")).toEqual([]);
  });
});

describe("a prefecture's or league's party committee alone", () => {
  it("is the city-level committee", () => {
    expect(city("以上建议已报送州委、州政府。")).toEqual(["中共某市委员会:mentioned", "市人民政府:mentioned"]);
    expect(city("经盟委同意，现印发给你们。")).toEqual(["中共某市委员会:mentioned"]);
  });
  it("is no body inside a word or before a post", () => {
    expect(city("杭州委托第三方评估。")).toEqual([]);
    expect(city("州委书记到会讲话。")).toEqual([]);
    expect(city("民盟委员提出建议。")).toEqual([]);
  });
});

describe("a bureau's own enforcement team", () => {
  it("names the lower level's bureau, not the system above", () => {
    expect(at("区")("县公安局交警大队联合县交通运输局执法大队设置治超点。")).toEqual(["市公安局:lead", "县交通运输局:co:new"]);
    expect(at("区")("县农业农村局综合行政执法大队开展检查。")).toEqual(["县农业农村局:lead:new"]);
  });
  it("leaves a grass-roots unit to the system above", () => {
    expect(at("区")("县公安局交警大队负责疏导。")).toEqual(["市公安局:lead"]);
    expect(at("区")("县市场监督管理局某某所负责抽检。")).toEqual(["市市场监督管理局:lead"]);
  });
});

describe("a means adverbial before a co verb", () => {
  it("keeps the co verb's role", () => {
    expect(at("区")("鼓励县供销社以合作方式参与市场建设运营。")).toEqual(["县供销社:co:new"]);
    expect(city("支持市供电公司以入股形式参与建设。")).toEqual(["市供电公司:co"]);
  });
  it("leaves a subject whose means leads to another verb", () => {
    expect(at("区")("县供销社以合作方式建设市场。")).toEqual(["县供销社:lead:new"]);
  });
});

describe("a level's research office", () => {
  it("is a new body by its own word 研究室", () => {
    expect(city("市文化广电旅游局会同市党史研究室对红色遗址逐一认定。")).toEqual(["市文化广电旅游局:lead", "市党史研究室:co:new"]);
    expect(at("区")("县党史研究室会同县教育局编写读本。")).toEqual(["县党史研究室:lead:new", "区教育局:co"]);
  });
  it("leaves a room ending in 室", () => {
    expect(at("区")("在县活动室开展辅导。")).toEqual([]);
  });
});
