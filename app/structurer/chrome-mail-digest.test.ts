/**
 * One-line furniture of mails (chrome-mail-digest.ts): a newsletter's fallback prompt to the
 * web copy. Every input is made up for the test; a content line of the same words must stay.
 */
import { describe, expect, it } from "vitest";
import { mailDigestVerdict } from "./chrome-mail-digest";
import { fold } from "./fold";

const v = (line: string) => mailDigestVerdict(fold(line));

describe("a mail's prompt to its web copy", () => {
  it("the mail speaks of its own display and sends to the web copy, ending in a stop or not", () => {
    expect(v("如果邮件无法正常显示，请点击这里查看网页版。")).toBe("widget");
    expect(v("邮件显示不正常？请在浏览器中打开本期内容")).toBe("widget");
    expect(v("本期内容显示异常时，可在线阅读")).toBe("widget");
  });

  it("a sentence about a display without the web copy, or a long sentence, stays", () => {
    expect(v("部分站台的电子屏无法正常显示到站时间。")).toBeNull();
    expect(v("委员反映，不少老年人在浏览器中看不懂政务网页，建议开发适老化版本，显示不正常时提供电话咨询渠道。")).toBeNull();
  });
});
