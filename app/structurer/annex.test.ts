import { describe, expect, it } from "vitest";
import { isAnnexLabel, isLoneAnnexLabel, rosterAnnexLabel } from "./annex";
import { fold } from "./fold";
import { removed, shape, structure } from "./rule-test-support";

const doc = (lines: string[]) => structure(lines.join("\n")).documents[0];

describe("an annex after the text", () => {
  const report = [
    "关于改善山区学校饮水条件的调研报告",
    "某县政协教科卫体委员会",
    "一、基本情况",
    "全县山区学校共31所，其中12所仍以山泉水为主要水源。",
    "二、意见建议",
    "1．实施净水设备全覆盖。县教育局会同县水利局为山区学校配备净水设备。",
    "2．建立水质定期检测制度。县疾控中心每学期对学校饮用水抽检一次。",
    "附件：1．山区学校水源情况表",
    "　　　2．检测点位清单",
    "附件1",
    "山区学校水源情况表",
    "序号\t学校\t水源\t人数",
    "1\t某某小学\t山泉水\t230",
    "（其余略）",
    "附件2",
    "检测点位清单",
    "1．某某小学食堂",
    "2．某某中学宿舍区",
    "2026年9月3日",
  ];

  it("holds the attachment list, the annexes' labels, titles and rows as text of the last item", () => {
    const d = doc(report);
    expect(shape(d.children)).toBe("B H(R R)");
    const last = d.children[1].children[1];
    for (const line of ["附件1", "山区学校水源情况表", "（其余略）", "附件2", "检测点位清单", "1．某某小学食堂"]) expect(last.text).toContain(line);
    expect(removed(report.join("\n"))).toEqual(["2026年9月3日"]);
  });

  it("reads an appendix under a Markdown heading the same way", () => {
    const d = structure(
      [
        "# 关于规范共享单车停放的建议",
        "",
        "城区共享单车投放量逐年增加，乱停乱放问题突出。为此建议：",
        "",
        "1. 划定停放区域。区城管局在地铁口和商圈周边施划停放框。",
        "2. 落实企业责任。区交通局督促运营企业按时清运。",
        "",
        "## 附录",
        "",
        "- 重点点位：某某地铁站、某某广场",
        "- 调查时间：2026年5月",
      ].join("\n"),
    ).documents[0];
    expect(shape(d.children)).toBe("R R");
    expect(d.children[1].text).toContain("重点点位");
  });

  it("a 公文's attachment line whose file is not in the text stays metadata", () => {
    const text = ["关于做好汛期安全工作的通知", "各乡镇：", "一、压实责任。各乡镇要落实包保责任。", "二、加强值守。汛期实行24小时值班。", "附件：值班表（略）", "某县应急管理局", "2026年6月1日"].join("\n");
    expect(removed(text)).toContain("附件：值班表（略）");
  });

  it("knows a label from a sentence that names an attachment", () => {
    expect(isLoneAnnexLabel(fold("附件2"))).toBe(true);
    expect(isLoneAnnexLabel(fold("附录一"))).toBe(true);
    expect(isAnnexLabel(fold("附件：1．某某名单"))).toBe(true);
    expect(isAnnexLabel(fold("附件中的数据来自抽样调查。"))).toBe(false);
  });
});

describe("a roster annex under the signature", () => {
  const proposal = [
    "关于规范校外托管机构的建议",
    "　　全市校外托管机构约600家，多数未经登记，场地、消防和食品安全隐患较多。为此建议：",
    "　　1．明确主管部门。由市教育局牵头，市市场监督管理局配合，建立托管机构备案制度。",
    "　　2．开展联合检查。市消防救援支队每学期对托管场所开展一次消防检查。",
    "　　以上建议，请予研究。",
    "九三学社某市委员会",
    "附：课题组成员名单",
    "组　长：某某（九三学社某市委员会副主委）",
    "成　员：某某　某某　某某",
  ];

  it("keeps the label and its rows as content and takes the body over them as the byline", () => {
    const d = doc(proposal);
    expect(d.byline).toBe("九三学社某市委员会");
    expect(shape(d.children)).toBe("R R");
    expect(removed(proposal.join("\n"))).toEqual([]);
    expect(d.children[1].text).toContain("附：课题组成员名单");
    expect(d.children[1].text).toContain("（九三学社某市委员会副主委）");
  });

  it("finds the label only over two or more role rows at the very end", () => {
    const rows = (lines: string[]) => lines.map((text) => ({ text, folded: fold(text) }));
    expect(rosterAnnexLabel(rows(proposal))).toBe(6);
    expect(rosterAnnexLabel(rows(["以上建议，请予研究。", "某某委员会", "附件：课题组成员", "负 责 人：某某", "成　　员：某某、某某"]))).toBe(2);
    // One row, or an attached speech under the label, is no roster.
    expect(rosterAnnexLabel(rows(proposal.slice(0, 8)))).toBe(-1);
    expect(rosterAnnexLabel(rows(["附：某某委员书面发言", "让农村客运留得住", "市政协委员　某某", "　　建议：加大补贴。"]))).toBe(-1);
  });
});
