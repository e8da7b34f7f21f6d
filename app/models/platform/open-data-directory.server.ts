// Open-data lists of the directories: departments, organisations, studios and
// studio sessions, through the same domain queries as their pages.
import { defineList } from "../../utils/export.server";
import { DEPARTMENT_KIND_LABELS, LEVEL_LABELS, MENTION_ROLE_LABELS, ORGANISATION_KIND_LABELS } from "../../utils/labels";
import { departmentFilters, departmentsQuery, paramsOf, sessionsQuery, studioFilters, studiosQuery } from "../../utils/list-queries";
import { SESSION_AUDIENCE_LABELS, SESSION_STATUS_LABELS } from "../studios/studio-labels";
import { getDepartment, listDepartments } from "../directory/departments.server";
import { recommendationsForDepartment } from "../documents/recommendation-queries.server";
import { listOrganisations } from "../directory/organisations.server";
import { listSessions } from "../studios/session-queries.server";
import { listStudios } from "../studios/studio-queries.server";

type DepartmentRow = Awaited<ReturnType<typeof listDepartments>>[number];

const departments = defineList<DepartmentRow>({
  name: "departments",
  title: "承办单位名录",
  columns: (origin) => [
    { header: "单位名称", value: (d) => d.name, width: 30 },
    { header: "简称", value: (d) => d.shortName },
    { header: "常见写法", value: (d) => d.aliases.join("、"), width: 30 },
    { header: "层级", value: (d) => LEVEL_LABELS[d.level] },
    { header: "类别", value: (d) => DEPARTMENT_KIND_LABELS[d.kind] },
    { header: "链接", value: (d) => `${origin}/departments/${d.id}`, width: 36 },
  ],
  async load(url) {
    // The page shows the whole directory (about 130 rows), unpaged.
    return { rows: await listDepartments(departmentFilters(departmentsQuery.parse(paramsOf(url)))) };
  },
});

type MentionRow = Awaited<ReturnType<typeof recommendationsForDepartment>>[number];

/** A department page's "涉及本单位的建议" (?department=<id>). */
const departmentRecommendations = defineList<MentionRow>({
  name: "department-recommendations",
  title: "涉及本单位的建议",
  columns: (origin) => [
    { header: "建议", value: (r) => r.title, width: 40 },
    { header: "编号", value: (r) => r.path },
    { header: "出自", value: (r) => r.docTitle, width: 40 },
    { header: "年度", value: (r) => r.docYear },
    { header: "角色", value: (r) => MENTION_ROLE_LABELS[r.role] },
    { header: "链接", value: (r) => `${origin}/recommendations/${r.id}`, width: 36 },
  ],
  async load(url, limit) {
    const id = Number(paramsOf(url).department);
    const department = Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647 ? await getDepartment(id) : null;
    if (!department) return null;
    return { rows: await recommendationsForDepartment(department.id, limit), fileName: `${department.name}-涉及的建议` };
  },
});

type OrganisationRow = Awaited<ReturnType<typeof listOrganisations>>[number];
const KIND_ORDER = Object.keys(ORGANISATION_KIND_LABELS);

const organisations = defineList<OrganisationRow>({
  name: "organisations",
  title: "党派团体",
  columns: (origin) => [
    { header: "名称", value: (o) => o.name, width: 30 },
    { header: "简称", value: (o) => o.shortName },
    { header: "类别", value: (o) => ORGANISATION_KIND_LABELS[o.kind] },
    { header: "链接", value: (o) => `${origin}/organisations/${o.slug}`, width: 36 },
  ],
  async load() {
    // In the page's order: grouped by kind as on /organisations.
    const rows = await listOrganisations();
    return { rows: rows.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)) };
  },
});

type StudioRow = Awaited<ReturnType<typeof listStudios>>["rows"][number];

const studios = defineList<StudioRow>({
  name: "studios",
  title: "委员工作室",
  columns: (origin) => [
    { header: "工作室", value: (s) => s.name, width: 30 },
    { header: "区县", value: (s) => s.district },
    { header: "街道", value: (s) => s.street },
    { header: "社区", value: (s) => s.community },
    { header: "地址", value: (s) => s.address, width: 30 },
    { header: "界别或党派", value: (s) => s.sectorName, width: 16 },
    { header: "召集人", value: (s) => s.leadName },
    { header: "驻室委员（人）", value: (s) => s.members },
    { header: "近期活动（场）", value: (s) => s.upcoming },
    { header: "开放时间", value: (s) => s.openingHours, width: 20 },
    { header: "链接", value: (s) => `${origin}/studios/${s.slug}`, width: 36 },
  ],
  async load(url, limit) {
    return listStudios(studioFilters(studiosQuery.parse(paramsOf(url))), 1, limit);
  },
});

type SessionRow = Awaited<ReturnType<typeof listSessions>>[number];

const sessions = defineList<SessionRow>({
  name: "sessions",
  title: "协商活动",
  columns: (origin) => [
    { header: "主题", value: (s) => s.topic, width: 36 },
    { header: "工作室", value: (s) => s.studioName, width: 30 },
    { header: "开始时间（北京时间）", value: (s) => s.startsAt, width: 18 },
    { header: "结束时间（北京时间）", value: (s) => s.endsAt, width: 18 },
    { header: "地点", value: (s) => s.place, width: 30 },
    { header: "报名范围", value: (s) => SESSION_AUDIENCE_LABELS[s.audience] },
    { header: "名额", value: (s) => s.capacity },
    { header: "已报名", value: (s) => s.confirmed },
    { header: "候补", value: (s) => s.waitlisted },
    { header: "状态", value: (s) => SESSION_STATUS_LABELS[s.status] },
    { header: "链接", value: (s) => `${origin}/sessions/${s.id}`, width: 36 },
  ],
  async load(url, limit) {
    const { when } = sessionsQuery.parse(paramsOf(url));
    return { rows: await listSessions({ when }, limit), fileName: when === "past" ? "往期协商活动" : "近期协商活动" };
  },
});

export const directoryLists = [departments, departmentRecommendations, organisations, studios, sessions];
