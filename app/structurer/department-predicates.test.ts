/**
 * Departments (issue #12): what the words right after a list say of its role
 * (department-predicates.ts), and a stem glued to a noun of firms (department-stems.ts).
 * Made-up sentences in several registers; each rule's other side is guarded too.
 */
import { describe, expect, it } from "vitest";
import { detect } from "./rule-test-support";

describe("a post after the list's 等单位", () => {
  it("names the bodies in passing: their people act, not the bodies", () => {
    expect(detect("交办后，市住建局、市民政局等单位分管负责同志带队赴现场办公。")).toEqual(["市住房和城乡建设局:mentioned", "市民政局:mentioned"]);
    expect(detect("市卫健委、市医保局等单位主要负责同志亲自督办，成效明显。")).toEqual(["市卫生健康委员会:mentioned", "市医疗保障局:mentioned"]);
  });
  it("leaves a list that acts itself", () => {
    expect(detect("市卫健委、市医保局等单位要建立联合督办机制。")).toEqual(["市卫生健康委员会:lead", "市医疗保障局:co"]);
  });
});

describe("a noun of the bodies' remit after the list", () => {
  it("is the subject: the bodies are named in passing", () => {
    expect(detect("住建、民政、城管等部门职责存在交叉，仍需反复协调。")).toEqual(["市住房和城乡建设局:mentioned", "市民政局:mentioned", "市城市管理局:mentioned"]);
    expect(detect("目前，市场监管、城管部门职能重叠。")).toEqual(["市市场监督管理局:mentioned", "市城市管理局:mentioned"]);
  });
  it("leaves a list that divides the work by its duties", () => {
    expect(detect("住建、城管等部门按职责分工抓好落实。")).toEqual(["市住房和城乡建设局:lead", "市城市管理局:co"]);
  });
});

describe("a body that is the responsible subject", () => {
  it("leads after 是/为…的(第一)责任主体", () => {
    expect(detect("压实属地责任。各区人民政府是适老化改造的责任主体，要把任务纳入民生实事。")).toEqual(["区人民政府:lead"]);
    expect(detect("区人民政府为农贸市场提档升级的第一责任主体。")).toEqual(["区人民政府:lead"]);
  });
  it("stays mentioned when 是 says something else of it", () => {
    expect(detect("市民政局是今年新组建的部门之一。")).toEqual(["市民政局:mentioned"]);
  });
});

describe("a service to the work of a lead named earlier in the sentence", () => {
  it("is co when support is given in a field (`在…上给予支持`)", () => {
    expect(detect("市住建局牵头制定导则，明确配置要求，市市场监管局在产品质量抽检上给予支持。")).toEqual(["市住房和城乡建设局:lead", "市市场监督管理局:co"]);
    expect(detect("区商务局牵头制定规范，细化设施要求，区住建局在项目审批方面给予支持。")).toEqual(["区商务局:lead:new", "区住房和城乡建设局:co"]);
  });
  it("is co when data is handed over as asked, after `由A负责`", () => {
    expect(detect("由市数据局负责，建设信息平台，市城管局、市水务集团等单位按要求报送数据。")).toEqual(["市数据局:lead", "市城市管理局:co", "市水务集团有限公司:co"]);
  });
  it("leads without a lead in the sentence, when sharing goes both ways, or when the support is money", () => {
    expect(detect("市城管局、市水务集团等单位按要求报送数据。")).toEqual(["市城市管理局:lead", "市水务集团有限公司:co"]);
    expect(detect("建议市金融局牵头搭建平台，归集信用信息，税务部门与银行共享纳税信用数据。")).toEqual(["市地方金融管理局:lead", "市税务局:lead"]);
    expect(detect("市住建局牵头实施改造，统筹推进，市财政局在资金上给予支持。")).toEqual(["市住房和城乡建设局:lead", "市财政局:lead"]);
  });
});

describe("work that links a lead's measure to another's, after the lead in the sentence", () => {
  it("is co when support is sought from above, even money, with the lead clauses back", () => {
    expect(detect("由市水务局牵头，分批安装监测设施，接入防汛平台，市发改委积极争取中央水利项目支持。")).toEqual(["市水务局:lead", "市发展和改革委员会:co"]);
    expect(detect("县民政局牵头编制布局方案，整合敬老院，县财政局积极争取省级专项资金支持。")).toEqual(["区民政局:lead", "县财政局:co:new"]);
  });
  it("is co when the work is fitted to another plan (`做好与…的衔接`)", () => {
    expect(detect("建议省水利厅牵头，编制采砂规划，合理确定可采区，省自然资源厅做好与国土空间规划的衔接。")).toEqual(["省水利厅:lead", "省自然资源厅:co"]);
  });
  it("leads without a lead in the sentence, or when the body gives the support itself", () => {
    expect(detect("市发改委积极争取中央水利项目支持。")).toEqual(["市发展和改革委员会:lead"]);
    expect(detect("由市水务局牵头，安装监测设施，市财政局给予资金支持。")).toEqual(["市水务局:lead", "市财政局:lead"]);
  });
});

describe("a stem glued to a noun of firms or a trade", () => {
  it("names the sector, not a body, even after 由", () => {
    expect(detect("游船多由旅游企业经营，码头分属不同主体管理。")).toEqual([]);
    expect(detect("部分市场由农业企业承包经营。")).toEqual([]);
  });
  it("keeps a stem that stands as a body", () => {
    expect(detect("由文旅牵头，组织企业开展培训。")).toEqual(["市文化广电旅游局:lead"]);
  });
});

describe("a secretary-general after the body (fifteenth wave)", () => {
  it("names the government in passing: its officer answers, the body is asked nothing", () => {
    expect(detect("座谈会上，自治区人民政府副秘书长就委员建议作了回应。", { level: "省" })).toEqual(["省人民政府:mentioned"]);
    expect(detect("讨论中，市政府秘书长到组听取意见。")).toEqual(["市人民政府:mentioned"]);
  });
  it("still reads the body as the actor without the post", () => {
    expect(detect("市政府将把委员建议纳入年度民生实事。")).toEqual(["市人民政府:lead"]);
  });
});

describe("staff a body sends before its role verb", () => {
  it("is co: the body lends people to another's work (`派员参与`, `抽调民警协助`, `安排专人配合`)", () => {
    expect(detect("司法所负责排班，人民法庭派员参与重大纠纷调解。")).toEqual(["市司法局:lead", "区人民法院:co"]);
    expect(detect("市应急管理局牵头组建队伍，市公安局抽调民警协助开展培训。")).toEqual(["市应急管理局:lead", "市公安局:co"]);
    expect(detect("市卫健委选派骨干医生参与社区急救培训。")).toEqual(["市卫生健康委员会:co"]);
    expect(detect("开展回访，区人民检察院安排专人配合做好司法救助衔接。")).toEqual(["区人民检察院:co"]);
  });
  it("leads when the body organises others or its staff act alone", () => {
    expect(detect("市教育局组织中小学生参与疏散演练。")).toEqual(["市教育局:lead"]);
    expect(detect("市公安局抽调民警开展夜间巡逻。")).toEqual(["市公安局:lead"]);
  });
});

describe("support after bodies that carry the work out together", () => {
  it("is co after `A会同B…`, `A、B联合…` or `A、B共同…`", () => {
    expect(detect("市教育局会同市人社局制定方案，市总工会给予支持。")).toEqual(["市教育局:lead", "市人力资源和社会保障局:co", "市总工会:co"]);
    expect(detect("市应急管理局、市民政局联合制定配备标准，市总工会、市红十字会给予支持。")).toEqual(["市应急管理局:lead", "市民政局:co", "市总工会:co", "市红十字会:co"]);
    expect(detect("区民政局、区住建局共同举办培训班，区城管局给予支持。")).toEqual(["区民政局:lead", "区住房和城乡建设局:co", "区城市管理局:co"]);
  });
  it("leads when 共同 is only an adverb of anybody, or the support is money", () => {
    expect(detect("各方共同推进，市总工会给予支持。")).toEqual(["市总工会:lead"]);
    expect(detect("市教育局会同市人社局制定方案，市财政局给予资金支持。")).toEqual(["市教育局:lead", "市人力资源和社会保障局:co", "市财政局:lead"]);
  });
});

describe("support after an item's measure with no doer", () => {
  it("is co when the sentence opens with a verb of building or doing", () => {
    expect(detect("二是加快建设线上零工平台，市数据局提供技术支撑，与热线共享用工信息。")).toEqual(["市数据局:co"]);
    expect(detect("（二）推行智慧巡查。搭建绿道巡查信息平台，市数据局提供技术支撑，实现问题限时办。")).toEqual(["市数据局:co"]);
    expect(detect("制定加装电梯费用分摊参考标准，市司法局提供法律咨询支持，引导业主协商一致。")).toEqual(["市司法局:co"]);
  });
  it("leads when the body opens the sentence, or the support is money", () => {
    expect(detect("市数据局提供技术支撑，实现问题限时办。")).toEqual(["市数据局:lead"]);
    expect(detect("二是加快建设驿站，市财政局提供资金保障。")).toEqual(["市财政局:lead"]);
  });
});
