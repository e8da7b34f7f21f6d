import { describe, expect, it } from "vitest";
import { detect, directoryIndex } from "./rule-test-support";
import { detectDepartments } from "./departments";

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

describe("departments (round 7b)", () => {
  it("自治区(人民)政府 is the provincial government, never a district's", () => {
    expect(detect("建议自治区人民政府出台扶持办法。")).toEqual(["省人民政府:lead"]);
    expect(detect("自治区政府统筹安排专项资金。")).toEqual(["省人民政府:lead"]);
  });

  it("县 before 城管局 is a level prefix although 县城 is a word; 县城管理 stays a word", () => {
    expect(detect("交警部门会同县城管局整治占道经营。")).toEqual(["市公安局:lead", "区城市管理局:co"]);
    expect(detect("县城建设要加快。")).toEqual([]);
  });

  it("a list ended by members the directory does not know (民兵, 志愿者) still takes the verb after it", () => {
    expect(detect("汛期来临前，派出所、民兵配合做好群众转移。")).toEqual(["市公安局:co"]);
  });

  it("civil aviation, the telecom regulator and the financial regulator's branches are vertical bodies, new when the directory lacks them", () => {
    expect(detect("由省交通运输厅牵头，民航部门配合做好航线审批。")).toEqual(["省交通运输厅:lead", "民航部门:co:new"]);
    expect(detect("市公安局会同通信管理局、国家金融监督管理总局某某监管分局拦截诈骗信息。")).toEqual([
      "市公安局:lead",
      "通信管理局:co:new",
      "国家金融监督管理总局某某监管分局:co:new",
    ]);
  });
});

describe("departments in letters and minutes (round 12)", () => {
  it("a body consulted (`征求…意见`, `听取了…汇报`) is mentioned", () => {
    expect(detect("经认真研究，并征求市民政局、市卫健委意见，现函复如下。")).toEqual(["市民政局:mentioned", "市卫生健康委员会:mentioned"]);
    expect(detect("视察组听取了市水务局有关工作汇报。")).toEqual(["市水务局:mentioned"]);
  });

  it("a government's head is a person of that body, not the body acting", () => {
    expect(detect("县政府常务副县长某某出席会议并讲话。")).toEqual(["区人民政府:mentioned"]);
  });

  it("a bureau's branch with its own place name takes the role after it", () => {
    expect(detect("区城管局负责清运，市自然资源和规划局东坪分局配合做好用地审批。")).toEqual(["区城市管理局:lead", "市自然资源和规划局:co"]);
  });

  it("a district branch of the market regulator is the city's regulator", () => {
    expect(detect("各区市场监督管理分局要加强对农贸市场的巡查。")).toEqual(["市市场监督管理局:lead"]);
  });

  it("`各县（市、区）政府`, `各县（市）政府` are the county-level governments", () => {
    expect(detect("各县（市、区）人民政府要建立农村危房动态监测机制。")).toEqual(["区人民政府:lead"]);
    expect(detect("各县（市）政府要把油茶种植纳入奖补范围。")).toEqual(["区人民政府:lead"]);
  });

  it("`协调X…` gets X to do part of the work: co", () => {
    expect(detect("下一步，我们将协调市交通运输局优化学校周边公交线路。")).toEqual(["市交通运输局:co"]);
  });

  it("a blood station is a body; a building verb after a level word and a party post are not", () => {
    expect(detect("市中心血站要完善献血者预约制度。", { markNew: true })).toEqual(["市中心血站:lead:new"]);
    expect(detect("鼓励企业在产茶县建设茶叶精制中心。")).toEqual([]);
    expect(detect("对话嘉宾：农工党某市委会副主委某某")).toEqual([]);
  });
});

describe("departments (round 10)", () => {
  it("a unit's name never opens with a preposition: a list after 向 is the object", () => {
    expect(detect("镇政府形成调研报告后，向县委、县政府报送。")).toEqual(["县委:mentioned:new", "区人民政府:mentioned"]);
  });

  it("an unknown member ending in 部门 is skipped whole before the list's verb", () => {
    expect(detect("商务、畜牧部门配合。")).toEqual(["市商务局:co"]);
  });

  it("a verb that takes a body as its object is no place name before its level prefix", () => {
    expect(detect("在主要路口安装探头，接入区大数据中心平台，实现违停自动抓拍。")).toEqual(["区大数据中心:mentioned:new"]);
  });

  it("a level prefix belongs to a chief system's office; a level's supply cooperative is a new body", () => {
    expect(detect("区林长办要对林长履职情况开展年度考核。")).toEqual(["区林长办:lead:new"]);
    expect(detect("市商务局会同市供销社组织农产品展销。")).toEqual(["市商务局:lead", "市供销社:co:new"]);
  });

  it("a weak stem after a level prefix gives way to the longer body it opens", () => {
    expect(detect("区应急指挥中心要完善预警信息发布流程。")).toEqual(["区应急指挥中心:lead:new"]);
  });

  it("registration and trading centres are bodies without a level; a service hall is no 厅", () => {
    expect(detect("公共资源交易中心要全面推行电子招投标。")).toEqual(["公共资源交易中心:lead:new"]);
    expect(detect("在各镇政务服务大厅设立专窗。")).toEqual([]);
  });

  it("农牧部门 is the agriculture and rural affairs department (an autonomous region's provincial one)", () => {
    const text = "一是完善冷链物流网络。自治区商务厅牵头，农牧部门配合，在自治区各旗县建设冷库。";
    const mentions = detectDepartments(text, directoryIndex, { level: "省", suggestNew: true }).map((m) => `${m.name}:${m.role}`);
    expect(mentions).toEqual(["省商务厅:lead", "省农业农村厅:co"]);
  });
});

describe("departments, from holdout-7 (round 10)", () => {
  it("a service hall or window after a prefixed form is a place, not a body; nor is a company after a stem", () => {
    expect(detect("在各区政务服务大厅设立企业开办专区。")).toEqual([]);
    expect(detect("区粮食储备公司在主产镇设立收购点。")).toEqual([]);
  });

  it("省定 (set by the province) is no level prefix", () => {
    expect(detect("区财政按照不低于省定标准足额拨付公办幼儿园经费。")).toEqual(["区财政:lead:new"]);
  });

  it("a clause that reports a figure assigns nothing", () => {
    expect(detect("近年来投诉逐年增多，12345热线涉及停车的诉求去年达到1.6万件。")).toEqual(["市政务服务管理局:mentioned"]);
  });

  it("a place name between a cue and a prefixed name belongs to the name", () => {
    expect(detect("青禾市民政局会同青禾市财政局制定补贴办法。")).toEqual(["市民政局:lead", "市财政局:co"]);
  });
});
