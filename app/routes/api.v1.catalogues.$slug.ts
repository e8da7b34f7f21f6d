import type { LoaderFunctionArgs } from "@remix-run/node";
import { getCatalogueBySlug } from "~/models/catalogues/catalogues.server";
import { itemStatuses } from "~/models/catalogues/catalogue-status.server";
import { listItems } from "~/models/catalogues/catalogue-items.server";
import { timeLimitText } from "~/models/catalogues/disclosure-schedule";
import { apiFail, apiOk } from "~/utils/api.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const catalogue = await getCatalogueBySlug(params.slug ?? "");
  if (!catalogue || !catalogue.active) apiFail(404, "not_found", "No catalogue with this slug");
  const [items, statuses] = await Promise.all([listItems(catalogue.id), itemStatuses({ catalogueIds: [catalogue.id] })]);
  const byId = new Map(statuses.map((s) => [s.itemId, s]));
  return apiOk({
    data: {
      id: catalogue.id,
      slug: catalogue.slug,
      title: catalogue.title,
      description: catalogue.description,
      owner: catalogue.ownerName,
      url: `/catalogues/${catalogue.slug}`,
      items: items.map(({ item }) => {
        const s = byId.get(item.id)!;
        return {
          id: item.id,
          title: item.title,
          contentElements: item.contentElements,
          scope: item.scope,
          basis: item.basis,
          frequency: item.frequency,
          frequencyDays: item.frequencyDays,
          timeLimitDays: item.timeLimitDays,
          timeLimit: timeLimitText(item),
          responsibleDepartment: s.responsibleDepartmentId ? { id: s.responsibleDepartmentId, name: s.responsibleName } : null,
          channel: item.channel,
          mode: item.mode,
          source: item.source,
          effectiveFrom: item.effectiveFrom,
          version: item.version,
          lastPublishedAt: s.lastPublishedAt?.toISOString() ?? null,
          status: {
            overdue: s.status.overdue,
            daysLate: s.status.daysLate,
            dueDate: s.status.dueDate,
            missingPeriods: s.status.missing.map((p) => ({ start: p.start, end: p.end, label: p.label })),
          },
          url: `/catalogues/${catalogue.slug}/items/${item.id}`,
        };
      }),
    },
  });
}
