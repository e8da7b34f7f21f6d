/**
 * Teams named by their field rather than by a bureau: an enforcement or inspection team
 * under a level (`县农业综合行政执法大队`, `市文化市场综合执法支队`, `县自然资源执法监察大队`,
 * `县劳动保障监察大队`) and a level's service station (`县退役军人服务站`). Each is a body of its own
 * (the reform of 2018–2019 set the comprehensive enforcement teams up beside the bureaus), so it is
 * offered as new under the name as written — not read as the bureau of its field's stem
 * (`市交通运输` + a unit → 市交通运输局) nor cut after the stem (`县市场监管`). A team named after a
 * bureau (`县交通运输局执法大队`, `县公安局交警大队`) is left to the unit reader (department-resolve.ts):
 * there the bureau is the body.
 */
import { prefixAllowed } from "./department-level-prefix";
import type { Found } from "./department-resolve";

/** The word closing a team's name: (综合)(行政)执法/监察/监督 and a rank of team, or a service station. */
const TEAM_WORD = /(?:综合)?(?:行政)?(?:执法|监察|监督)(?:执法|监察)?(?:总队|支队|大队|中队)|服务站/g;
/** Words right before a name that take a body, where the name starts (`由`, `会同`, `移交`). */
const OPENER = /(?:[由请据被给和与及、]|会同|联合|协同|配合|协助|移交|交由|督促|支持|推动|指导|商请|邀请)$/;
/** A name's characters are never these: function words and joiners of the sentence. */
const NOT_NAME = /[的和与及对把在将要应为向从由并也还已就被让使给等或其各全每该本我此需须可会能]/;
/** A field that ends in a body's own word names that body's team (`县交通运输局执法大队`). */
const BODY_END = /[局委厅办处所站队院部]$/;
/** A body's word anywhere (`市人社局认定…服务站`: the bureau and its act), verbs of building or doing, places. */
const NOT_FIELD = /[局厅委办]|组建|成立|建立|建设|设立|新建|认定|引导|开展|加强|推进|推动|联合|牵头|负责|配合|一批|社区|村|乡|镇|街道|小区|园区/;
const LEVEL = /^(?:自治区|[省市区县旗州盟])/;
const HAN = /[\u4e00-\u9fff]/;
/** `县城` is the county town, but before 市管理/市建设 the 城市 is the field (`县城市管理综合行政执法大队`). */
const CITY_FIELD = /^城市(?:管理|建设|综合)/;
/** Fields whose words hold a character NOT_NAME reads as a function word (应急: 应 is also the modal). */
const FIELD_WORDS = /应急|能源/g;
/** How far back a field may reach before the team word. */
const MAX_FIELD = 10;

/** Start of the name whose team word opens at `at`, or -1 when no name stands there. */
function nameStart(folded: string, at: number): number {
  let j = at;
  while (j > 0 && HAN.test(folded[j - 1]) && !OPENER.test(folded.slice(Math.max(0, j - 2), j))) {
    if (at - j >= MAX_FIELD + 3) return -1;
    j--;
  }
  return j;
}

/** The teams named by their field in `folded`. */
export function fieldTeams(folded: string): Found[] {
  const out: Found[] = [];
  TEAM_WORD.lastIndex = 0;
  for (let m = TEAM_WORD.exec(folded); m; m = TEAM_WORD.exec(folded)) {
    const start = nameStart(folded, m.index);
    if (start < 0) continue;
    const level = LEVEL.exec(folded.slice(start, m.index));
    // Only under a level: a bare team is left to the directory's stems (`交通运输综合执法支队` → 市交通运输局,
    // as blind holdout-20 reads it), and a bare station is a place (`社区养老服务站`).
    if (!level || (!prefixAllowed(folded, start) && !CITY_FIELD.test(folded.slice(start + 1)))) continue;
    const field = folded.slice(start + level[0].length, m.index);
    if (field.length < 2 || field.length > MAX_FIELD || NOT_NAME.test(field.replace(FIELD_WORDS, "")) || BODY_END.test(field) || NOT_FIELD.test(field)) continue;
    out.push({ start, end: m.index + m[0].length, names: [], isNew: true, weak: false });
  }
  return out;
}

const overlaps = (a: Found, b: Found) => a.start < b.end && b.start < a.end;

/**
 * The finds with every field-named team under a level prefix in place of what was read inside its
 * span: a prefixed name the directory lacks, new as `县消防救援大队` is (department-match.ts).
 */
export function withFieldTeams(folded: string, found: Found[]): Found[] {
  const teams = fieldTeams(folded);
  if (!teams.length) return found;
  const kept = found.filter((f) => !teams.some((t) => overlaps(f, t)));
  return [...kept, ...teams].sort((a, b) => a.start - b.start);
}
