import { describe, expect, it } from "vitest";
import { structure } from "./pipeline";

const documents = (lines: string[]) => structure(lines.join("\n"), { directory: [] }).documents;

// A page whose later speeches are found by their name lines, the first one signed at its end.
const page = (signature: string, nameAbove = true) => [
  "某某日报",
  "2026年3月5日　星期四　第6版　协商",
  "让乡村学校留住老师",
  "——市政协专题协商会发言摘登",
  "　　3月3日，市政协召开专题协商会，委员们围绕乡村教师队伍建设建言献策。现摘登部分发言。",
  "周转房要先建起来",
  "　　不少乡村教师每天往返城乡，路上要花两个小时。",
  "　　建议市教育局会同市住建局，在乡镇学校就近建设教师周转房。",
  signature,
  ...(nameAbove ? ["市政协委员　某某某", "待遇倾斜要看得见"] : ["待遇倾斜要看得见", "□ 市政协委员　某某某"]),
  "　　1．提高乡村教师生活补助。市财政局要按学校偏远程度分档发放。",
  "　　2．职称评聘单列。市人社局对乡村教师职称评聘单独划定名额。",
  ...(nameAbove ? ["市政协委员　某某", "培训要送到家门口"] : ["培训要送到家门口", "□ 市政协委员　某某"]),
  "　　1．送教下乡。市教育局每学期组织名师到乡村学校上示范课。",
  "　　2．结对帮扶。城区学校与乡村学校一对一结对，共同备课。",
];

describe("a first article signed at its end on a page split by name lines (document-segments.ts)", () => {
  it("closes the first speech at its bracketed signature, names standing above the later headlines", () => {
    const docs = documents(page("（民盟某市委会）"));
    expect(docs.map((d) => d.title)).toEqual(["周转房要先建起来", "待遇倾斜要看得见", "培训要送到家门口"]);
    expect(docs.map((d) => d.byline)).toEqual(["民盟某市委会", "市政协委员　某某某", "市政协委员　某某"]);
    expect(docs[0].intro).toContain("现摘登部分发言");
  });

  it("closes it as well when the later names stand under their headlines", () => {
    const docs = documents(page("（九三学社某市委会）", false));
    expect(docs.map((d) => d.title)).toEqual(["周转房要先建起来", "待遇倾斜要看得见", "培训要送到家门口"]);
    expect(docs[0].byline).toBe("九三学社某市委会");
  });

  it("reads no signature from a plain sentence before the first name line", () => {
    const docs = documents(page("　　周转房建好后，要同步配齐热水、网络等生活设施。"));
    expect(docs.map((d) => d.title)).not.toContain("周转房要先建起来");
  });
});
