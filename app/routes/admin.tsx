import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet } from "@remix-run/react";
import { requireAdmin } from "~/auth/auth.server";

// Every /admin/* route checks the role again in its own loader and action;
// this layout only adds the section navigation.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return null;
}

export default function AdminLayout() {
  return (
    <div>
      <nav aria-label="系统管理">
        <ul className="tags">
          <li>
            <NavLink to="/admin" end>
              概况
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/users">用户</NavLink>
          </li>
          <li>
            <NavLink to="/admin/departments">承办单位</NavLink>
          </li>
          <li>
            <NavLink to="/admin/organisations">党派团体</NavLink>
          </li>
          <li>
            <NavLink to="/admin/calendar">工作日历</NavLink>
          </li>
          <li>
            <NavLink to="/admin/outbox">邮件发件箱</NavLink>
          </li>
          <li>
            <NavLink to="/admin/tokens">接口令牌</NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
