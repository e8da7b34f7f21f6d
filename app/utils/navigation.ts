import type { Role } from "../../db/schema";

export interface NavItem {
  to: string;
  label: string;
}

// Everyone sees the public sections; each role adds its own workbench.
const PUBLIC: NavItem[] = [
  { to: "/", label: "首页" },
  { to: "/documents", label: "报告与提案" },
  { to: "/proposals", label: "提案办理" },
  { to: "/statistics", label: "办理统计" },
  { to: "/departments", label: "承办单位" },
  { to: "/organisations", label: "党派团体" },
  { to: "/studios", label: "委员工作室" },
  { to: "/catalogues", label: "信息公开" },
  { to: "/participation", label: "网络议政" },
];

const BY_ROLE: [Role, NavItem][] = [
  ["member", { to: "/member", label: "委员工作台" }],
  ["organisation", { to: "/organisation", label: "党派团体工作台" }],
  ["department", { to: "/department", label: "承办工作台" }],
  ["staff", { to: "/staff", label: "提案办工作台" }],
  ["admin", { to: "/admin", label: "系统管理" }],
];

export function workbenchesFor(roles: readonly Role[]): NavItem[] {
  return BY_ROLE.filter(([role]) => roles.includes(role)).map(([, item]) => item);
}

export function navigationFor(roles: readonly Role[]): NavItem[] {
  return [...PUBLIC, ...workbenchesFor(roles)];
}

// Where a role lands after signing in: its workbench. A user with several roles
// lands on the one they work at most (staff before department, party liaison
// before member; admin last, since admins who also work as staff use /staff).
const LANDING_ORDER: Role[] = ["staff", "department", "organisation", "member", "admin"];

export function landingFor(roles: readonly Role[]): string {
  const role = LANDING_ORDER.find((r) => roles.includes(r));
  return role ? BY_ROLE.find(([r]) => r === role)![1].to : "/account";
}

/**
 * Where the header's 待办 badge leads: the workbench whose to-do list it counts.
 * An admin's to-dos are staff's (admins count as staff, decision 013), listed on /staff (and
 * on /admin, where an admin lands).
 */
export function todoHomeFor(roles: readonly Role[]): string | null {
  const home = landingFor(roles);
  if (home === "/admin") return "/staff";
  return home === "/account" ? null : home;
}
