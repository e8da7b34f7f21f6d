/**
 * What the department matcher knows about Chinese administration besides the directory:
 * levels and their prefixes, the system a directory entry belongs to (民政 at 市, 省 and
 * 区 level), grass-roots units and the system they belong to, forms that name several
 * levels at once, and ordinary words that contain a department's stem. General
 * knowledge, not phrases of any one text.
 */

/** Administrative levels, top down. 县 is the district level; 自治区 is provincial. */
export type Level = "省" | "市" | "区";
export const LEVELS: readonly Level[] = ["省", "市", "区"];

/** The level a prefix names: `自治区`→省, `县`/`县级`→区, `市委`→市; round 11: `州` (自治州) and `盟`→市. */
export const LEVEL_PREFIX = /^(?:自治区|(?:省|市|区|县)(?:委|政府|级)?)/;

export function prefixLevel(prefix: string): Level {
  if (prefix.startsWith("自治区") || prefix.startsWith("省")) return "省";
  if (/^[市州盟]/.test(prefix)) return "市";
  return "区";
}

/** A directory entry's level, from its `level` field or its name (`市…`, `中共某省…`, `区…`). */
export function entryLevel(name: string, level?: string | null): Level | null {
  if (level === "province") return "省";
  if (level === "city") return "市";
  if (level === "district") return "区";
  const m = /^(?:中共|共青团|国网|国家税务总局)?某?(省|市|区|县|自治区)/.exec(name);
  return m ? prefixLevel(m[1]) : null;
}

/**
 * Words in which a level character is not a prefix (`城市管理`, `社区`, `超市`): the
 * character before it makes a word with it. `全区信访总量`: after 全 it means "the whole".
 */
export const NOT_PREFIX_BEFORE: Record<string, ReadonlySet<string>> = {
  市: new Set([..."城都超夜早菜集门上股楼车全"]),
  区: new Set([..."社小景园辖片山郊地牧校厂矿湾特分城市街老新灾林库县展全设"]),
  县: new Set([..."郡州市全"]),
  省: new Set([..."反节外全"]),
  盟: new Set([..."民台联同结"]),
  // Round 13: a 旗 (banner) is county-level; 国旗, 红旗, 党旗 and the like are flags.
  旗: new Set([..."国红党团锦彩队会军校升帅战"]),
};

const PREFIXES = /^(?:中共|共青团|国网|国家税务总局|中国)?某?(?:自治区|省|市|区|县)(?:委|政府|级)?/;
const SUFFIXES =
  /(?:管理委员会|委员会|管理局|监督管理局|集团有限公司|有限公司|集团|公司|支队|总队|大队|部门|行政部门|主管部门|行政机关|机关|局|厅|委)$/;

const YOUTH_LEAGUE = /^(?:共青团某?(?:自治区|省|市|区|县)委员会|(?:共青)?团(?:自治区|省|市|区|县)委)$/;

/**
 * The system a form names, without level and kind: `市民政局` → `民政`, `省卫生健康委员会`
 * → `卫生健康`, `市中级人民法院` → `人民法院`, `住建部门` → `住建`. Entries of different
 * levels that share a system are the same department at another level.
 */
export function systemStem(form: string): string | null {
  // The Youth League puts its level inside the name: `共青团某市委员会`, `团省委`.
  if (YOUTH_LEAGUE.test(form)) return "共青团";
  let s = form.replace(PREFIXES, "");
  s = s.replace(/^(?:中级|高级)(?=人民法院)/, "");
  s = s.replace(SUFFIXES, "");
  return s.length >= 2 ? s : null;
}

/**
 * Grass-roots units: a unit below the district, mapped to its system, which resolves at
 * the lowest level the directory has (派出所 → 区 has no 公安 → 市公安局).
 */
export const GRASSROOTS: Record<string, string> = {
  派出所: "公安",
  公安派出所: "公安",
  公安分局: "公安",
  交警支队: "公安",
  交警大队: "公安",
  司法所: "司法",
  人民法庭: "人民法院",
  检察室: "人民检察院",
  税务所: "税务",
  税务分局: "税务",
  市场监管所: "市场",
  // (A level's 分局 of a higher bureau — `各区市场监管分局` — is read by branchOf in department-match.ts.)
  市场监督管理所: "市场",
  消防救援站: "消防救援",
  消防站: "消防救援",
  财政所: "财政",
  供电所: "供电",
};

/**
 * Forms that name one system at several levels: `市县政府` → 市 and 区; `各级政府`, `各级财政`
 * → every level at or below the text's (`below`); `县级政府` → 区.
 */
export const MULTI: Record<string, { system: string; levels: readonly Level[] | "below" }> = {
  市县政府: { system: "人民政府", levels: ["市", "区"] },
  市县两级政府: { system: "人民政府", levels: ["市", "区"] },
  市县人民政府: { system: "人民政府", levels: ["市", "区"] },
  市县两级人民政府: { system: "人民政府", levels: ["市", "区"] },
  各级政府: { system: "人民政府", levels: "below" },
  各级人民政府: { system: "人民政府", levels: "below" },
  县级政府: { system: "人民政府", levels: ["区"] },
  县级人民政府: { system: "人民政府", levels: ["区"] },
  // (`各县政府`, `各县（市、区）政府` and every other spelling of a tier's governments are read
  // by one pattern: department-governments.ts.)
  各级财政: { system: "财政", levels: "below" },
  各级财政部门: { system: "财政", levels: "below" },
  市县财政: { system: "财政", levels: ["市", "区"] },
  市县两级财政: { system: "财政", levels: ["市", "区"] },
};

/**
 * Ordinary words that contain a department's stem: `人民政府` holds `民政`, `老人社区`
 * holds `人社`, `办公安全` holds `公安`. They go into the trie as blockers, so the longest
 * match at that position is the ordinary word and no department is reported.
 */
export const NOT_DEPARTMENTS = [
  "人民政府",
  "人民政协",
  "人民政治",
  "市民政务",
  "居民政策",
  "农民政策",
  "移民政策",
  "民政策",
  "人社会",
  "人社区",
  "住建设",
  "公安全",
  "财政策",
  "财政资金",
  "财政补贴",
  "财政补助",
  "财政投入",
  "财政收入",
  "财政支出",
  "财政预算",
  // 医保 as "medical insurance", not the bureau: `纳入医保支付范围`, `医保基金`.
  "医保支付",
  "医保基金",
  "医保目录",
  "医保报销",
  "医保待遇",
  "医保结算",
  "医保定点",
  "医保政策",
  "医保卡",
  "医保电子凭证",
  "教育资源",
  "交通出行",
  "组织部分",
  "组织部署",
];

/** Characters after a level character that make a word with it (`市场`, `区域`, `县城`). */
export const NOT_PREFIX_AFTER: Record<string, ReadonlySet<string>> = {
  市: new Set([..."场民区县内外域容貌值"]),
  区: new Set([..."域间别分内外县划"]),
  县: new Set([..."域城区乡内外"]),
  省: new Set([..."内外份力钱心事定"]),
  州: new Set([..."市区县内外域"]),
  盟: new Set([..."市区县员友军约"]),
};

/** Stems too common to stand alone even in a list (`组织`, `宣传`, `编制` are verbs). */
export const WEAK_STEM_STOP = new Set(["组织", "宣传", "编制", "规划", "审批", "建设", "工会组织", "监管", "服务", "管理"]);

/** A democratic party or the CPPCC before `市委`/`省委`: its own committee, not the CPC's. */
export const NOT_CPC_BEFORE = /(?:民革|民盟|民建|民进|农工党|农工|致公党|致公|九三学社|台盟|工商联|政协|共青团|团)[\u4e00-\u9fff]{0,5}$/;

/**
 * Twentieth wave: an item's ordinal word written without a comma (`二是各级财政…`, `其次省卫生健康委发布…`,
 * `一方面县财政局将…`). Like an item's number it only counts the item: the body after it still opens its
 * clause as the subject (department-roles.ts) and is no modifier of a noun (department-stems.ts).
 */
export const ITEM_ORDINAL = "[一二三四五六七八九十]是|首先|其次|再次|最后|第[一二三四五六七八九十]|(?:另)?一方面";
