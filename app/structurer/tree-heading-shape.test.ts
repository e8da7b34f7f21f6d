import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { recommendationTitle, isBackgroundTitle } from "./kinds";
import { isRecommendationLike } from "./paragraphs";
import { cannotHead, headingShape } from "./tree-heading-shape";
import { shape, structure, removed } from "./rule-test-support";

const doc = (lines: string[]) => structure(lines.join("\n")).documents[0];

describe("a section label of a verb and its object, then a colon", () => {
  it("is a heading (no record field); a role noun with a two-character verb still is a field", () => {
    expect(cannotHead("护林：让防护林长起来")).toBe(false);
    expect(cannotHead("联系人：某某")).toBe(true);
    expect(cannotHead("反映人：某某")).toBe(true);
  });
});

describe("a judgment whose subject is a verb phrase", () => {
  it("comments on the measures and names none", () => {
    expect(isRecommendationLike(fold("推广节水灌溉，是一件利长远的事。只要规矩立在前面，就能见效。"))).toBe(false);
    expect(isRecommendationLike(fold("推广节水灌溉。县水利局制定补助办法。"))).toBe(true);
    const d = doc([
      "让节水灌溉走进田间",
      "记者走访发现，不少农户仍在大水漫灌。",
      "先立标准",
      "明确补助范围。县水利局制定补助办法，明确哪些设施可以补。",
      "把好质量关。县市场监管局将滴灌设备纳入抽查目录。",
      "再抓服务",
      "简化申报手续。乡镇便民服务中心实行一窗受理。",
      "加强技术指导。县农技中心组织技术员下田指导。",
      "推广节水灌溉，是一件利长远的事。只要规矩立在前面、服务跟在后面，就能见效。",
    ]);
    expect(shape(d.children)).toBe("H(R R) H(R R)");
  });
});

describe("`会同`/`联合` in a title's first clause", () => {
  it("skips a clause naming bodies only, keeps one that goes on with the measure", () => {
    expect(recommendationTitle("县交通运输局会同县财政局，对村道进行硬化。", "")).toBe("对村道进行硬化");
    expect(recommendationTitle("县交通运输局会同石桥镇对村道进行硬化，年底前完工。", "")).toBe("县交通运输局会同石桥镇对村道进行硬化");
    expect(recommendationTitle("县教育局、县卫健局联合开展近视筛查，建立视力档案。", "")).toBe("县教育局、县卫健局联合开展近视筛查");
  });
});

describe("a problem noun after a remedy verb", () => {
  it("names a measure wherever the verb stands in the title", async () => {
    const { isBackgroundTitle } = await import("./kinds");
    expect(isBackgroundTitle("养老服务补短板")).toBe(false);
    expect(isBackgroundTitle("审批流程疏堵点")).toBe(false);
    expect(isBackgroundTitle("基层医疗的短板")).toBe(true);
    expect(isBackgroundTitle("存在的主要问题")).toBe(true);
  });

  it("so a paragraph opening with one is an item like its siblings", () => {
    const d = doc([
      "委员建言：让社区食堂开得下去",
      "调研发现，不少社区食堂开业一年就难以为继。为此建议：",
      "场地成本降下来。街道统筹闲置用房，免费或低价提供给社区食堂。",
      "供餐能力补短板。区民政局推动中央厨房向社区食堂配送，扩大供餐范围。",
      "运营模式求长效。引入专业餐饮企业连锁运营，区财政对老年人用餐给予补贴。",
    ]);
    expect(shape(d.children)).toBe("R R R");
  });
});

describe("a section heading right after the lede", () => {
  const lede = "全区现有托育机构46家，普惠托位缺口约1200个，家长反映“托不起、托不好”。近日，区政协组织委员开展专题调研，形成了调研报告。";
  it("keeps a heading whose words read like a caption (people, a doing) when it heads lead-phrase items like its sibling (e-paper)", () => {
    const text = [
      "让“小托育”撑起“大民生”",
      "本报记者 某某",
      lede,
      "壮大托育服务队伍",
      "扩大保育员培训。区人社局要把保育员纳入职业技能培训补贴目录。",
      "稳定从业人员收入。区教育局会同区财政局制定托育从业人员薪酬指导标准。",
      "托位供给扩起来",
      "发展社区嵌入式托育。区卫健局要在新建小区配套建设托育点。",
      "支持用人单位办托。区总工会配合推动园区企业开办托育点。",
    ].join("\n");
    expect(removed(text)).not.toContain("壮大托育服务队伍");
    expect(shape(structure(text).documents[0].children)).toBe("H(R R) H(R R)");
  });

  it("does the same in an account's post whose first heading names people and a service", () => {
    const d = doc([
      "委员建言｜社区养老，从“有”到“优”",
      "某某政协　2026年05月06日 08:00",
      "全市已建成社区养老服务站210个，但服务内容单一、专业人员不足的问题较为突出。市政协委员某某提出以下建议。",
      "护理员上门服务扩面",
      "推行“菜单式”服务。市民政局要制定上门服务清单，老人可按需预约。",
      "落实护理员岗位补贴。市财政局对持证护理员按月给予补贴。",
      "站点运营活起来",
      "引入专业机构运营。由市民政局牵头，通过公开招标引入连锁机构。",
      "开展助急服务。市卫健委配合为站点配备急救设备。",
    ]);
    expect(shape(d.children)).toBe("H(R R) H(R R)");
  });

  it("still removes a caption that names people doing something between two items", () => {
    const text = [
      "让“小托育”撑起“大民生”",
      "本报记者 某某",
      lede,
      "托位供给扩起来",
      "发展社区嵌入式托育。区卫健局要在新建小区配套建设托育点。",
      "委员们在某社区托育点查看午休室",
      "支持用人单位办托。区总工会配合推动园区企业开办托育点。",
      "扩大普惠托位。区教育局要推动幼儿园开设托班。",
    ].join("\n");
    expect(removed(text)).toContain("委员们在某社区托育点查看午休室");
  });
});

describe("a line set unlike the sections around it", () => {
  it("reads the surface a heading is set in", () => {
    expect(headingShape("🔸 设施补齐：让路口“看得见”")).toBe("glyph:🔸");
    expect(headingShape("对策：挖潜与共享并举")).toBe("label");
    expect(headingShape("【插播】本节目由某某协办")).toBe("bracket");
    expect(headingShape("委员建议")).toBeNull();
  });

  it("keeps emoji-set sections siblings when a bridge line stands above the second (account post)", () => {
    const d = doc([
      "夜市如何既有烟火气又有秩序",
      "今年以来，城区夜市摊位增加到600多个，油烟、噪声和占道问题也随之而来。委员们提出了以下建议。",
      "🔸 划区经营：让摊位“有其所”",
      "划定夜市经营区。市城管局要会同街道划出固定经营区域，避开居民楼。",
      "实行摊位编号管理。市场监管部门对摊主实行实名登记。",
      "光靠划区还不够",
      "🔸 治污降噪：让居民“睡得着”",
      "统一安装油烟净化设备。市生态环境局要指导摊主安装净化设备。",
      "限定经营时段。夜市营业时间原则上不超过晚上十一点。",
      "🔸 便民服务：让游客“逛得好”",
      "完善配套设施。市城管局在夜市周边增设公厕和垃圾收集点。",
    ]);
    expect(shape(d.children)).toBe("H(R R) H(R R) H(R)");
  });

  it("does the same for label-and-colon sections in a programme transcript", () => {
    const d = doc([
      "校外培训“退费难”怎么解",
      "主持人：观众朋友晚上好，今天我们请到了市政协委员某某。",
      "症结：预付费为何成了“糊涂账”",
      "主持人：您调研中发现了什么问题？",
      "某某：不少机构一次收取一年学费，一旦停业，家长很难退费。",
      "问题摆在眼前，怎么破",
      "对策：给预付费装上“安全锁”",
      "主持人：您有什么建议？",
      "某某：第一，推行资金监管。市教育局要会同银行对预收费实行专户存管。",
      "第二，规范合同文本。市场监管部门要推广使用示范合同。",
    ]);
    expect(shape(d.children)).toBe("B H(R R)");
  });

  it("keeps two levels of plain headings when nothing above them is set like the inner ones", () => {
    const d = doc([
      "让乡村快递跑得更顺",
      "今年春季，市政协组织委员赴6个乡镇开展专题调研。",
      "调研发现",
      "村级站点普遍小散弱，快递进村后还要二次收费。",
      "委员建议",
      "整合站点资源",
      "建议市商务局牵头，推动快递企业共建共用村级综合服务站。",
      "降低寄递成本",
      "市交通运输局会同市商务局推广客货邮融合。",
    ]);
    expect(shape(d.children)).toBe("B H(R R)");
  });
});

describe("problems named as needing attention", () => {
  it("reads `需关注的问题`, `值得警惕的隐患`, `群众反映集中的问题` as background titles", () => {
    for (const t of ["需关注的问题", "二、值得警惕的隐患", "群众反映集中的问题", "亟待解决的难题", "调研中暴露的短板"]) expect(isBackgroundTitle(t), t).toBe(true);
    for (const t of ["解决群众关心的问题", "回应关切的举措", "几点建议"]) expect(isBackgroundTitle(t), t).toBe(false);
  });

  it("makes a bulletin's problems section and its numbered items background", () => {
    const d = doc([
      "关于小区二次供水设施的情况反映",
      "一、基本情况",
      "全区共有二次供水设施312处，其中建成超过15年的约占四成。",
      "二、需要关注的问题",
      "（一）水箱清洗不及时。部分小区一年以上未清洗水箱。",
      "（二）管理责任不清。物业与供水企业相互推诿。",
      "三、工作建议",
      "（一）开展专项排查。区住建局要在年底前完成全面排查。",
      "（二）推行统管模式。由区水务部门牵头推动二次供水设施移交供水企业统一管理。",
    ]);
    expect(shape(d.children)).toBe("B B(B B) H(R R)");
  });
});

describe("a heading in the 把 construction over a text that only reports", () => {
  const report = (heading: string) => [
    "关于河道保洁的调研报告",
    "一、基本情况",
    "全区有河道32条，保洁由各街道分段负责，去年河面漂浮物投诉较多。",
    "二、几点建议",
    "（一）把保洁船开进支流",
    "调研发现，保洁船多数停在主河道，支流几乎看不到，委员们提出，可以按流域再配几条小船。",
    `（二）${heading}`,
    "一些街道的保洁员年龄偏大，巡河一趟要大半天，委员们认为，可以按河道长度核定保洁人数。",
  ];

  it("heads a recommendation: the object put first and what is to be done to it is a directive", () => {
    expect(shape(doc(report("把保洁员配到每条河")).children)).toBe("B H(R R)");
  });

  it("is no directive with 把握 or 把脉, verbs of their own", () => {
    expect(shape(doc(report("把握保洁现状")).children)).toBe("B H(R B)");
  });
});

describe("an unnumbered line over the top of a numbered outline (overOutlineTop)", () => {
  it("heads nothing: the `一、` sections are the top level, the line stays as text", () => {
    const d = doc([
      "某村2026年第三季度村务公开",
      "↑图为某村村务公开栏（拍摄：镇党政办）",
      "以下为公开栏内容（图片文字识别）：",
      "某村村务公开栏",
      "公开时间：2026年10月8日　　公开期限：30天",
      "一、村级财务收支",
      "本季度收入18.6万元，支出15.2万元，主要用于道路养护和保洁员工资。",
      "二、村民代表会议决定事项",
      "1、实施村内主干道拓宽，工程由村两委组织招标。",
      "2、新建村级养老服务站一处，每月安排巡诊。",
      "三、群众反映问题办理情况",
      "村民反映的自来水压力不足问题，供水站已更换加压泵。",
    ]);
    expect(shape(d.children)).toMatch(/^(?:B )?R H\(R R\) B$/);
    expect(d.children.map((c) => c.title)).toContain("村民代表会议决定事项");
  });

  it("keeps a line numbered above `一、` (`參、建議`) and a glyph-set heading beside a sibling as sections", () => {
    const formal = doc([
      "關於提升某縣創業園服務效能的提案",
      "壹、現況",
      "創業園自2022年啟用以來，已引進創業團隊23個。",
      "參、建議",
      "一、穩定用地預期。縣自然資源局加快設施農用地備案。",
      "二、拓寬融資管道。縣財政設立貸款風險補償基金。",
    ]);
    expect(shape(formal.children)).toMatch(/H\(R R\)$/);
    const glyphs = doc([
      "向校园欺凌说“不”",
      "🔸 现状与问题",
      "近年来隐蔽性欺凌增多，部分学校处置程序不规范。",
      "🔸 意见建议",
      "（一）健全防治机制。市教育局牵头建立联席会议制度。",
      "（二）加强心理疏导。卫健部门组织心理医生进校园。",
    ]);
    expect(shape(glyphs.children)).toMatch(/H\(R R\)$/);
  });
});
