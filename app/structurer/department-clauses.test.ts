/**
 * Departments, twelfth wave (issue #12, 2026-12-04): role rules read from a clause's structure
 * (department-clauses.ts). Made-up sentences in several registers; each rule's other side is
 * guarded too.
 */
import { describe, expect, it } from "vitest";
import { detect } from "./rule-test-support";

describe("负责 before an object opening with 人", () => {
  it("reads 负责人行…, 负责人防…, 负责人才… as the duty, not the post", () => {
    expect(detect("市城管局负责人行道违停车辆的处置。")).toEqual(["市城市管理局:lead"]);
    expect(detect("四、理清责任。市人防办负责人防工程的备案。")).toEqual(["市人民防空办公室:lead"]);
    expect(detect("据介绍，市公积金中心负责人才公寓租金提取的审核。")).toEqual(["市住房公积金管理中心:lead"]);
  });
  it("keeps the post before a verb of saying", () => {
    expect(detect("市城管局负责人介绍，全市已清理违停车辆3000辆。")).toEqual(["市城市管理局:mentioned"]);
    expect(detect("市公安局负责人员表示，全市治安稳定。")).toEqual(["市公安局:mentioned"]);
  });
});

describe("a post says what its body will do", () => {
  it("leads after 负责人表示/说 as after 有关负责人表示", () => {
    expect(detect("市住建局负责人表示，将在明年同步更新铺装。")).toEqual(["市住房和城乡建设局:lead"]);
    expect(detect("会后，市人社局负责人说，下一步将开展订单式培训。")).toEqual(["市人力资源和社会保障局:lead"]);
  });
  it("stays mentioned when it only tells or considers the proposal", () => {
    expect(detect("市住建局负责人表示，今年已改造小区40个。")).toEqual(["市住房和城乡建设局:mentioned"]);
    expect(detect("市住建局负责人表示，将认真研究委员建议。")).toEqual(["市住房和城乡建设局:mentioned"]);
  });
  it("stays co when the passage already named it as a partner (联合X, X配合), leads when named only in its reply", () => {
    expect(detect("县应急管理局要联合供电公司开展隐患排查。供电公司表示，将尽快完成台区改造。")).toEqual(["县应急管理局:lead:new", "市供电公司:co"]);
    expect(detect("由市市场监管局牵头，市城管局配合，实行定时定点经营。会上，市城管局表示，将划定临时摊区。")).toEqual(["市市场监督管理局:lead", "市城市管理局:co"]);
    expect(detect("市城管局表示，将划定临时摊区。")).toEqual(["市城市管理局:lead"]);
  });
  it("stays mentioned when it will consider the proposal promptly (抓紧, 尽快), but leads on a measure", () => {
    expect(detect("会后，市财政局相关负责人表示，将抓紧研究委员们的建议。")).toEqual(["市财政局:mentioned"]);
    expect(detect("市工信局相关负责人表示，将尽快研究委员建议，年内启动改造试点。")).toEqual(["市工业和信息化局:mentioned"]);
    expect(detect("市工信局相关负责人表示，将尽快启动改造试点。")).toEqual(["市工业和信息化局:lead"]);
  });
});

describe("an apposition between the subject and its verb", () => {
  it("reads the verb after 作为…部门", () => {
    expect(detect("市市场监管局作为行业主管部门，要加强登记管理。")).toEqual(["市市场监督管理局:lead"]);
    expect(detect("市教育局作为主管部门，应指导学校错时开放操场。")).toEqual(["市教育局:lead"]);
  });
  it("leaves role nouns and a leading group's members", () => {
    expect(detect("市民政局作为配合单位，做好衔接。")).toEqual(["市民政局:co"]);
    expect(detect("市民政局作为成员单位。")).toEqual(["市民政局:mentioned"]);
  });
});

describe("a proposal's second body with a modal of its own", () => {
  it("leads when its clause opens with 将/要/应", () => {
    expect(detect("建议市交通运输局牵头编制规划，市自然资源规划局将停车用地纳入供地计划。")).toEqual(["市交通运输局:lead", "市自然资源和规划局:lead"]);
    expect(detect("建议市卫健委牵头制定指南，市医保局要把干预项目纳入签约服务包。")).toEqual(["市卫生健康委员会:lead", "市医疗保障局:lead"]);
  });
  it("still assists without one", () => {
    expect(detect("建议由市民政局牵头，市财政局制定统一标准。")).toEqual(["市民政局:lead", "市财政局:co"]);
    expect(detect("建议市科协牵头制定标准，市财政局每年安排专项资金。")).toEqual(["市科学技术协会:lead", "市财政局:co"]);
  });
  it("reads 统筹 after a light verb as the first body's own measure", () => {
    expect(detect("市住建局加强统筹，市体育局布局社区健身设施。")).toEqual(["市住房和城乡建设局:lead", "市体育局:lead"]);
    expect(detect("市教育局做好统筹，市财政局安排保险和补助资金。")).toEqual(["市教育局:lead", "市财政局:lead"]);
    expect(detect("由区政府统筹，区民政局具体实施。", { markNew: false })).toEqual(["区人民政府:lead", "区民政局:co"]);
  });
});

describe("a count in digits closing a list", () => {
  it("reads 等6部门 as 等六部门", () => {
    expect(detect("市工信局等6部门联合开展招聘活动。")).toEqual(["市工业和信息化局:lead"]);
    expect(detect("9月，市体育局等4部门联合印发了行动方案。")).toEqual(["市体育局:lead"]);
    expect(detect("市体育局等12个部门近日出台方案。")).toEqual(["市体育局:lead"]);
  });
});

describe("verbs that end in 请 but request nothing", () => {
  it("leaves the invited mentioned", () => {
    expect(detect("会议邀请市商务局、市统计局参加。")).toEqual(["市商务局:mentioned", "市统计局:mentioned"]);
    expect(detect("协商议事邀请市总工会、市妇联参加。")).toEqual(["市总工会:mentioned", "市妇女联合会:mentioned"]);
  });
  it("keeps 请X and 恳请X as a request", () => {
    expect(detect("请市民政局牵头研究解决。")).toEqual(["市民政局:lead"]);
    expect(detect("恳请市民政局加快出台办法。")).toEqual(["市民政局:lead"]);
  });
});

describe("assisted under and approving", () => {
  it("reads 在X的配合下 as 在X配合下 (co)", () => {
    expect(detect("在市消防救援支队的配合下，市住建局牵头开展排查。")).toEqual(["市消防救援支队:co", "市住房和城乡建设局:lead"]);
    expect(detect("在市公安局的协助下，学校落实巡查制度。")).toEqual(["市公安局:co"]);
    expect(detect("在市公安局的支持下，学校落实巡查制度。")).toEqual(["市公安局:mentioned"]);
  });
  it("reads a body that approves before 后 as mentioned", () => {
    expect(detect("利用方案由各区制定，市政府同意后，向社会公布。")).toEqual(["市人民政府:mentioned"]);
    expect(detect("方案已报送市政府，市政府批准后即可落地。")).toEqual(["市人民政府:mentioned"]);
    expect(detect("市政府要尽快批准方案。")).toEqual(["市人民政府:lead"]);
  });
});

describe("a body's people attending", () => {
  it("reads A、B有关同志参加/列席/陪同 as mentioned", () => {
    expect(detect("市总工会、市工商联相关同志参加协商。")).toEqual(["市总工会:mentioned", "市工商业联合会:mentioned"]);
    expect(detect("会议邀请市商务局参加，市机关事务局有关处室同志列席。")).toEqual(["市商务局:mentioned", "市机关事务管理局:mentioned"]);
    expect(detect("市残联、市民政局等单位有关同志陪同调研。")).toEqual(["市残疾人联合会:mentioned", "市民政局:mentioned"]);
  });
  it("leaves people who carry out a measure", () => {
    expect(detect("市民政局工作人员要上门核查。")).toEqual(["市民政局:lead"]);
  });
});

describe("a grass-roots unit with its township before it (fifteenth wave)", () => {
  it("reads the township as the unit's own, after a partnering cue and opening a clause", () => {
    expect(detect("区城管局会同桐坪派出所每晚开展巡查。", { level: "区" })).toEqual(["区城市管理局:lead", "市公安局:co"]);
    expect(detect("二是加强夜间防火。石埠消防救援站每周开展一次巡查。")).toEqual(["市消防救援支队:lead"]);
    expect(detect("区民政局、桐坪派出所、区教育局派员列席。", { level: "区" })).toEqual(["区民政局:mentioned", "市公安局:mentioned", "区教育局:mentioned"]);
  });
  it("leaves a verb or a cue before the unit to the clause", () => {
    expect(detect("市总工会设立法律服务站，联合司法所定期派员值守。")).toEqual(["市总工会:lead", "市司法局:co"]);
    expect(detect("因地制宜建设小型消防站和消防水池。")).toEqual(["市消防救援支队:mentioned"]);
  });
});

describe("a partner in a joint arrangement after 与 (fifteenth wave)", () => {
  it("makes the body after 与 co when the clause sets up a mechanism with it", () => {
    expect(detect("区应急管理局每季度组织轮训，并与辖区派出所建立联勤联动机制。", { level: "区" })).toEqual(["区应急管理局:lead:new", "市公安局:co"]);
    expect(detect("我局将与县人民法院建立劳动争议诉调对接机制。", { level: "区" })).toEqual(["区人民法院:co"]);
  });
  it("leaves a body after 与 that only shares or is compared", () => {
    expect(detect("今年的投诉量与市民政局去年统计的数字相当。")).toEqual(["市民政局:mentioned"]);
  });
});

describe("a wish voiced to a body (fifteenth wave)", () => {
  it("reads 希望X, 呼吁X as 建议X: the first lead, the others co", () => {
    expect(detect("他说，希望人社部门加强实习用工监管。")).toEqual(["市人力资源和社会保障局:lead"]);
    expect(detect("委员呼吁市民政局、市卫健委把探访服务纳入购买目录。")).toEqual(["市民政局:lead", "市卫生健康委员会:co"]);
  });
  it("leaves a body the wish only names", () => {
    expect(detect("希望得到市民政局的支持。")).toEqual(["市民政局:mentioned"]);
  });
});
