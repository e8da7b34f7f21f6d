/**
 * What staff read for each reason a line was removed (the import preview, staff.drafts.$draftId):
 * the rules live in chrome-rules.ts and the chrome*.ts files; this is their vocabulary in Chinese.
 */
import type { ChromeReason } from "./types";

/** Chinese labels for the reasons, as staff read them in the import preview. */
export const CHROME_REASON_LABELS: Record<ChromeReason, string> = {
  navigation: "网站或版面导航",
  widget: "页面按钮或控件（分享、打印、字号、收起、播放器、投票、智能摘要等）",
  masthead: "报头（报纸、网站或公众号名称）",
  column: "栏目名",
  edition: "报纸版面信息",
  metadata: "发布信息（日期、来源、阅读数）",
  credit: "编辑、记者、摄影署名",
  caption: "图片或视频说明（含图片、视频所在位置的标记）",
  legal: "版权、免责或网站声明",
  contact: "电话、邮箱、网址等联系方式",
  ad: "广告或关注提示",
  spam: "垃圾信息",
  repeated: "重复出现的页眉页脚",
  "page-number": "页码",
  related: "相关文章列表",
  ornament: "分隔符号",
  chat: "聊天记录（群名、发言人与时间、稿件前后的短消息）",
  revision: "修订痕迹和批注",
  contents: "目录或时间轴（重复下文的标题）",
  footnote: "脚注、参考资料或编者附注",
  social: "话题标签、评论框、直播间消息等社交平台互动",
  progress: "页面上的办理进度记录（带日期的短行）",
  form: "公文处理单（转办单、交办单等的名称和栏目）",
  series: "多篇发言共用的系列栏题或分栏标签（如“……发言摘登”“【部门回应】”）",
};
