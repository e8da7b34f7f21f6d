// 权限: the one vocabulary of who counts as what. Domain modules, loaders and
// the `require*` helpers in auth.server.ts all ask these predicates, so a rule
// such as "admin counts as staff" lives in one place (decision 013).
// Pure: no I/O, usable in any module (the shape is structural, so rows, AppUser
// and test doubles all fit).
import type { Role } from "../../db/schema";

export interface Who {
  id: string;
  roles: readonly Role[];
  departmentId: number | null;
  organisationId: number | null;
}

export function hasRole(user: Who | null | undefined, ...roles: Role[]): boolean {
  return !!user && roles.some((r) => user.roles.includes(r));
}

/** 提案工作人员: staff, and admins, who may do everything staff do (decision 013). */
export function isStaff(user: Who | null | undefined): boolean {
  return hasRole(user, "staff", "admin");
}

export function isAdmin(user: Who | null | undefined): boolean {
  return hasRole(user, "admin");
}

/** 政协委员. */
export function isMember(user: Who | null | undefined): boolean {
  return hasRole(user, "member");
}

/** Who may draft proposals: members, and organisation users acting for their party or committee. */
export function isProposer(user: Who | null | undefined): boolean {
  return hasRole(user, "member", "organisation");
}

/** 承办单位的办理人员: a department user attached to a department (that one, when given). */
export function isDepartmentUser<U extends Who>(user: U | null | undefined, departmentId?: number | null): user is U & { departmentId: number } {
  if (!user || !hasRole(user, "department") || user.departmentId === null) return false;
  return departmentId === undefined || user.departmentId === departmentId;
}

/** An organisation user acting for that organisation (党派团体联络人). */
export function actsForOrganisation(user: Who | null | undefined, organisationId: number | null): boolean {
  return !!user && organisationId !== null && hasRole(user, "organisation") && user.organisationId === organisationId;
}

/** 工作室组织者: staff organise every studio; a studio's lead (a member) organises their own. */
export function canManageStudio(user: Who | null | undefined, studio: { leadId: string | null }): boolean {
  if (isStaff(user)) return true;
  return !!user && isMember(user) && !!studio.leadId && studio.leadId === user.id;
}
