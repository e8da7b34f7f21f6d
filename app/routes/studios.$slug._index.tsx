import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { getOptionalUser } from "~/auth/auth.server";
import { SessionList } from "~/components/studio-ui";
import { fitsSchedule, parseSchedule } from "~/models/studios/reception-schedule";
import { studioRota } from "~/models/studios/rota-queries.server";
import { listSessions } from "~/models/studios/session-queries.server";
import { getStudioBySlug, sectorNameOf, studioMembersOf } from "~/models/studios/studios.server";
import { canManageStudio } from "~/auth/permissions";
import studiosCss from "~/styles/studios.css";
import { formatBeijingRange } from "~/utils/beijing-time";
import { notFound } from "~/utils/responses";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: studiosCss }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.studio.name ?? "委员工作室"} · 协商` }];

const iso = <T extends { startsAt: Date; endsAt: Date }>(r: T) => ({ ...r, startsAt: r.startsAt.toISOString(), endsAt: r.endsAt.toISOString() });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const studio = await getStudioBySlug(params.slug ?? "");
  if (!studio || !studio.active) throw notFound();
  const user = await getOptionalUser(request);
  const [members, upcoming, past, rota, sectorName] = await Promise.all([
    studioMembersOf(studio.id),
    listSessions({ studioId: studio.id, when: "upcoming" }),
    listSessions({ studioId: studio.id, when: "past" }, 20),
    studioRota(studio.id, new Date(), 8),
    sectorNameOf(studio.sectorId),
  ]);
  // The stated hours are the studio's own words; the rota is what will happen.
  const rule = parseSchedule(studio.openingHours);
  const offSchedule = rule ? rota.filter((r) => !fitsSchedule(rule, r.startsAt, r.endsAt)).length : 0;
  return json({
    studio: {
      slug: studio.slug,
      name: studio.name,
      district: studio.district,
      street: studio.street,
      community: studio.community,
      address: studio.address,
      description: studio.description,
      openingHours: studio.openingHours,
      contactPhone: studio.contactPhone,
    },
    sectorName,
    // Public payload: display names only (no login names or user ids).
    members: members.map((m, index) => ({ key: index, displayName: m.displayName, organisationName: m.organisationName, isLead: m.id === studio.leadId })),
    upcoming: upcoming.map(iso),
    past: past.map(iso),
    rota: rota.map((r) => ({ id: r.id, memberName: r.memberName, when: formatBeijingRange(r.startsAt, r.endsAt), note: r.note })),
    offSchedule,
    canManage: canManageStudio(user, studio),
  });
}

export default function StudioPage() {
  const { studio, sectorName, members, upcoming, past, rota, offSchedule, canManage } = useLoaderData<typeof loader>();
  return (
    <article aria-labelledby="studio-title">
      <p>
        <Link to="/studios">委员工作室</Link>
      </p>
      <h1 id="studio-title">{studio.name}</h1>
      {canManage ? (
        <p className="button-row">
          <Link className="button" to={`/studios/${studio.slug}/manage`}>
            管理本工作室
          </Link>
        </p>
      ) : null}
      <dl className="facts">
        <dt>所在地</dt>
        <dd>{[studio.district, studio.street, studio.community].filter(Boolean).join(" · ")}</dd>
        <dt>地址</dt>
        <dd>{studio.address || "—"}</dd>
        <dt>界别</dt>
        <dd>{sectorName ?? "—"}</dd>
        <dt>接待时间</dt>
        <dd>
          {studio.openingHours || "—"}
          {offSchedule ? <span className="muted-text">（近期有 {offSchedule} 次接待日与此不同，以下方“接待日安排”为准）</span> : null}
        </dd>
        {rota.length ? (
          <>
            <dt>下次接待</dt>
            <dd>
              {rota[0].when}，{rota[0].memberName}委员值班
            </dd>
          </>
        ) : null}
        <dt>联系电话</dt>
        <dd>{studio.contactPhone || "—"}</dd>
      </dl>
      {studio.description ? <p className="doc-text">{studio.description}</p> : null}

      <h2>驻室委员（{members.length}）</h2>
      {members.length ? (
        <ul className="tags">
          {members.map((m) => (
            <li key={m.key}>
              {m.displayName}
              {m.isLead ? "（召集人）" : ""}
              {m.organisationName ? ` · ${m.organisationName}` : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted-text">暂无驻室委员。</p>
      )}

      <h2>近期协商活动（{upcoming.length}）</h2>
      <SessionList sessions={upcoming} showStudio={false} />
      <p>
        <a href={`/studios/${studio.slug}/calendar.ics`}>订阅本工作室活动日历（.ics）</a>
        <span className="muted-text">：把链接添加到手机或电脑日历，新活动和变更会自动同步。</span>
      </p>

      <h2>接待日安排</h2>
      {rota.length ? (
        <div className="table-scroll">
          <table>
            <caption>今后的接待日（北京时间）</caption>
            <thead>
              <tr>
                <th scope="col">时间</th>
                <th scope="col">值班委员</th>
                <th scope="col">备注</th>
              </tr>
            </thead>
            <tbody>
              {rota.map((r) => (
                <tr key={r.id}>
                  <td>{r.when}</td>
                  <td>{r.memberName}</td>
                  <td>{r.note || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted-text">暂无接待日安排。</p>
      )}

      <h2>往期活动与成果（{past.length}）</h2>
      <SessionList sessions={past} showStudio={false} />
    </article>
  );
}
