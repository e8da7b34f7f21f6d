import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { SessionList } from "~/components/studio-ui";
import { listSessions } from "~/models/studios/session-queries.server";
import studiosCss from "~/styles/studios.css";
import { requireStudioOrganiser } from "~/models/studios/studio-access.server";
import { isStaff } from "~/auth/permissions";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: studiosCss }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `管理 · ${data?.studio.name ?? "委员工作室"} · 协商` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, studio } = await requireStudioOrganiser(request, params.slug);
  const [upcoming, past] = await Promise.all([
    listSessions({ studioId: studio.id, includeDrafts: true, when: "upcoming" }, 100),
    listSessions({ studioId: studio.id, includeDrafts: true, when: "past" }, 50),
  ]);
  const iso = (r: (typeof upcoming)[number]) => ({ ...r, startsAt: r.startsAt.toISOString(), endsAt: r.endsAt.toISOString() });
  // Drafts whose time has passed still belong on the organiser's list.
  return json({
    studio: { slug: studio.slug, name: studio.name, active: studio.active },
    isStaff: isStaff(user),
    upcoming: upcoming.map(iso),
    past: past.map(iso),
  });
}

export default function ManageStudio() {
  const { studio, isStaff, upcoming, past } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const base = `/studios/${studio.slug}/manage/sessions`;
  return (
    <section aria-labelledby="manage-title">
      <p>
        <Link to={`/studios/${studio.slug}`}>{studio.name}</Link>
      </p>
      <h1 id="manage-title">管理：{studio.name}</h1>
      {params.get("saved") ? <p className="notice ok">已保存。</p> : null}
      {!studio.active ? <p className="notice">本工作室已停用，公众页面不再显示。</p> : null}
      <p className="button-row">
        <Link className="button" to={`${base}/new`}>
          新建协商活动
        </Link>
        <Link className="button secondary" to={`/studios/${studio.slug}/manage/rota`}>
          接待日排班
        </Link>
        {isStaff ? (
          <Link className="button secondary" to={`/studios/${studio.slug}/manage/edit`}>
            工作室信息与驻室委员
          </Link>
        ) : null}
      </p>
      <h2>待举行的活动（含草稿）</h2>
      <SessionList sessions={upcoming} manageBase={base} showStudio={false} />
      <h2>往期活动</h2>
      <SessionList sessions={past} manageBase={base} showStudio={false} />
    </section>
  );
}
