import { describe, expect, it } from "vitest";
import { structure, removed, shape } from "./rule-test-support";
import { lineVerdict } from "./chrome-rules";

describe("pages of several articles (round 7b)", () => {
  it("a speech digest page with bare bylines (member, party committee) splits into one document per speech", () => {
    const text = [
      "某某日报",
      "2026年5月6日　第4版",
      "发言摘登",
      "办好群众家门口的普惠托育",
      "市政协委员 林某某 代表民进市委",
      "　　托育机构收费偏高，普惠托位不足。建议市卫健委牵头，扩大普惠托育供给。",
      "让城市公交跑得更准点",
      "九三学社市委",
      "　　一是优化线网。由市交通运输局牵头，调整重复线路。二是加强调度。市公交集团推行智能排班。",
    ].join("\n");
    const docs = structure(text).documents;
    expect(docs.map((d) => d.title)).toEqual(["办好群众家门口的普惠托育", "让城市公交跑得更准点"]);
    expect(docs.map((d) => d.byline)).toEqual(["市政协委员 林某某 代表民进市委", "九三学社市委"]);
  });

  it("a news brief opening with 本报讯 under its headline is an article of its own", () => {
    const text = [
      "某某日报",
      "委员建言｜让老街焕发新活力",
      "□ 市政协文史委　韩某",
      "　　老街改造要留住烟火气。一是保护风貌。市住建局牵头制定导则。二是引入业态。市商务局引导老字号回归。",
      "社区议事厅开门迎客",
      "　　本报讯（记者 董某某）5月3日，某某区首个社区议事厅启用，居民可在此就停车、绿化等身边事提出意见。",
    ].join("\n");
    expect(structure(text).documents.map((d) => d.title)).toEqual(["委员建言｜让老街焕发新活力", "社区议事厅开门迎客"]);
  });
});

describe("speech digest pages (round 10b)", () => {
  const page = [
    "青禾日报",
    "让燃气安全走进千家万户",
    "——县政协“燃气安全”专题协商会发言摘编",
    "　　编者按：日前，县政协召开专题协商会。现将部分发言摘编刊发。",
    "",
    "摸清管线底数",
    "民革青禾县委员会",
    "　　我县农村燃气管线老化问题突出。建议：一是开展全面排查，由县住建局牵头建立隐患台账；二是落实整改责任，燃气企业限期整改。",
    "",
    "发动群众共同参与",
    "县政协委员　龚某某",
    "　　燃气安全，关键在人。建议在两个方面下功夫。",
    "　　抓好宣传教育。乡镇要组织安全用气宣讲进村入户。",
    "　　推行隐患举报。通过热线受理群众举报，核实后给予奖励。",
  ].join("\n");

  it("a short line right over a speaker's byline is that speech's headline, not a caption", () => {
    expect(removed(page)).not.toContain("发动群众共同参与");
    const docs = structure(page).documents;
    expect(docs.map((d) => d.title)).toEqual(["摸清管线底数", "发动群众共同参与"]);
    expect(docs.map((d) => shape(d.children))).toEqual(["R R", "R R"]);
  });
});

describe("a page of speeches under a label, a headline and a news brief (round 12)", () => {
  const page = [
    "某市政协报",
    "2026年3月2日　星期一　第4版　履职",
    "“乡村振兴”专题议政会建言摘登",
    "守住耕地红线",
    "本报讯　2月27日，市政协召开专题议政会，部分委员和市直部门负责同志参加。现将部分发言刊登如下。",
    "建好用好农村物流站点",
    "市政协委员、某物流公司总经理　甘某某",
    "全市农村物流站点布局不均，偏远村组取件难。",
    "一是优化站点布局。由市交通运输局牵头，市商务局配合，统筹建设村级物流服务站。",
    "二是推动共配共送。鼓励快递企业整合线路，降低末端配送成本。",
    "发展农产品电商",
    "九三学社某市委员会",
    "我市特色农产品多，但线上销售比例不高。",
    "一是培育电商人才。市人社局每年组织电商技能培训。",
    "二是打造区域品牌。市农业农村局牵头制定公用品牌标准。",
  ].join("\n");

  it("a selection label over a headline of its own is a column label; the headline and lede open the first speech", () => {
    expect(removed(page)).toContain("“乡村振兴”专题议政会建言摘登");
    // The page's short headline over its `本报讯` lede is no column label either.
    expect(removed(page)).not.toContain("守住耕地红线");
    const docs = structure(page).documents;
    expect(docs.map((d) => d.title)).toEqual(["建好用好农村物流站点", "发展农产品电商"]);
    expect(docs[0].intro).toContain("守住耕地红线");
    expect(docs.map((d) => shape(d.children))).toEqual(["R R", "R R"]);
  });

  it("a selection label over the speeches themselves is their series label, removed (tenth wave, decision 018)", () => {
    const text = page.split("\n").filter((l, i) => i !== 3 && i !== 4).join("\n");
    expect(removed(text)).toContain("“乡村振兴”专题议政会建言摘登");
  });
});

describe("a news brief's headline on a page of articles (round 12)", () => {
  const page = [
    "某县日报",
    "数字报　|　2026-05-06　|　第3版　要闻",
    "某镇老街改造协商会议出三条共识",
    "记者　冉某某",
    "5月4日，某镇召开老街改造协商会，居民代表、县政协委员和县住建局工作人员参加。",
    "会议商定：一是保留老街原有风貌；二是先改水电管网再改路面。",
    "县政协委员调研山区学校食堂建设",
    "本报讯（通讯员　包某）5月5日，县政协组织部分委员调研山区学校食堂建设，听取了县教育局情况介绍。",
    "编辑：甄某",
  ].join("\n");

  it("a line right over a `本报讯` lede is the brief's headline, not a caption, and opens the brief", () => {
    expect(removed(page)).not.toContain("县政协委员调研山区学校食堂建设");
    expect(structure(page).documents.map((d) => d.title)).toEqual(["某镇老街改造协商会议出三条共识", "县政协委员调研山区学校食堂建设"]);
  });
});

describe("speech digest pages with bare bylines above the headlines (round 10)", () => {
  const page = [
    "青禾日报",
    "省两会特别报道·代表之声",
    "让山乡燃气用得安心",
    "　　本报讯　省两会期间，我市委员围绕农村燃气安全积极建言。本版摘登两位委员的建议。",
    "委员　钟某某",
    "摸清农村燃气管线底数",
    "　　山区农户居住分散，管线老化问题突出。建议：",
    "　　一是建立隐患台账。县住建局牵头开展全面排查。二是落实整改责任。燃气企业限期整改隐患。",
    "委员　祁某",
    "让巡检走进每个村",
    "　　一是落实巡检制度。燃气企业每月巡检一次。二是加强监督。乡镇做好日常监督检查。",
  ].join("\n");

  it("a series label is a column; a member's title and name is a byline, not a caption", () => {
    expect(lineVerdict("省两会特别报道·代表之声")).toBe("column");
    expect(lineVerdict("两会特别报道")).toBe("column");
    expect(lineVerdict("春耕·备耕")).toBeNull();
    const gone = removed(page);
    expect(gone).toContain("省两会特别报道·代表之声");
    expect(gone).not.toContain("委员　钟某某");
  });

  it("each byline opens a speaker's document under its headline; the page headline and brief open the first", () => {
    const docs = structure(page).documents;
    expect(docs.map((d) => d.title)).toEqual(["摸清农村燃气管线底数", "让巡检走进每个村"]);
    // The byline as typed (its ideographic space kept: byline-surface.ts).
    expect(docs.map((d) => d.byline)).toEqual(["委员　钟某某", "委员　祁某"]);
    expect(docs.map((d) => shape(d.children))).toEqual(["R R", "R R"]);
  });
});

describe("a headline over a democratic party's grass-roots unit (2026-12-04, fifteenth wave)", () => {
  // The headline opens with one thing of a kind (`一条…`), the shape a photo caption has; the
  // name line under it ends in a grass-roots unit (总支, 支社) and makes it a speech's headline.
  const page = (unit: string) =>
    [
      "某某日报",
      "2026年3月2日　第3版",
      "大会发言摘登",
      "让山区孩子午饭吃得热乎",
      "县政协委员、县第二中学教师　范某某",
      "　　山区学校寄宿生多，部分村小没有食堂，学生午饭靠自带干粮。建议县教育局分批建设村小食堂。",
      "一条古渠　一村新景",
      unit,
      "　　村里的古渠淤塞多年，水质变差，村民盼着整治。建议县水利局牵头清淤，恢复古渠的灌溉功能。",
    ].join("\n");

  it.each(["农工党某县总支", "九三学社某县第二支社"])("the second speech, signed %s, is a document of its own", (unit) => {
    const docs = structure(page(unit)).documents;
    expect(docs.map((d) => d.title)).toEqual(["让山区孩子午饭吃得热乎", "一条古渠　一村新景"]);
    expect(docs[1].byline).toBe(unit);
    expect(removed(page(unit))).not.toContain("一条古渠　一村新景");
  });
});
