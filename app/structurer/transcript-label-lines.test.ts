/**
 * A transcript that sets each speaker's label alone on its line (`某某记者：` / the question under
 * it): a long outlet's reporter, a host with a post in brackets, an official's post and name.
 * Every input is made up for the test; none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { isSignatureLine } from "./department-signatures";
import { fold } from "./fold";
import { labelAlone } from "./interview-turns";
import { structure } from "./rule-test-support";

const BRIEFING = [
  "某县人民政府新闻办公室",
  "“乡村客运”提案办理情况发布会实录",
  "主持人（县政府新闻办主任　某甲）：",
  "　　各位记者，上午好！今天请承办单位介绍提案办理情况。",
  "某县广播电视台新闻综合频道记者：",
  "　　乡村客运今年有什么变化？",
  "县交通运输局局长　某乙：",
  "　　谢谢提问。我们主要做了两方面工作。",
  "　　一、加密班次。",
  "　　全县客运班线每天加开早晚两班。",
  "　　二、统一票价。",
  "　　城乡公交实行两元一票制，老人免费乘车。",
  "某县日报记者：",
  "　　提案委员对办理满意吗？",
  "某丙：",
  "　　委员们视察后表示满意，同时建议下一步把学生上下学的班次一并考虑。",
];

describe("speaker labels alone on their lines", () => {
  it("keeps a briefing one document: a long outlet's reporter over a short question opens no document", () => {
    const docs = structure(BRIEFING.join("\n")).documents;
    expect(docs).toHaveLength(1);
    expect(docs[0].children.map((n) => n.marker)).toEqual(["一、", "二、"]);
  });

  it("takes no host's label with a bracketed post for the byline", () => {
    expect(structure(BRIEFING.join("\n")).documents[0].byline).toBeNull();
  });

  it("reads the answer under a name alone after the question as a turn, no further measure", () => {
    const last = structure(BRIEFING.join("\n")).documents[0].children[1];
    expect(last.children).toHaveLength(0);
    expect(last.text).toContain("委员们视察后表示满意");
  });

  it("finds the label before a bracketed post only after an interviewer's word", () => {
    const speakers = new Set(["主持人", "某县日报记者", "建议"]);
    expect(labelAlone(fold("主持人（县政府新闻办主任　某甲）："), speakers)).toBe("主持人");
    expect(labelAlone(fold("某县日报记者："), speakers)).toBe("某县日报记者");
    expect(labelAlone(fold("建议（一）："), speakers)).toBeNull();
    expect(labelAlone(fold("主持人：今天请承办单位介绍。"), speakers)).toBeNull();
  });

  it("reads a speaker's label of post and name as a signature: it names no department", () => {
    expect(isSignatureLine("县交通运输局局长　某乙：")).toBe(true);
    expect(isSignatureLine("主持人（县政府新闻办主任　某甲）：")).toBe(true);
    expect(isSignatureLine("县交通运输局要加密班次：")).toBe(false);
  });
});
