import { listDepartments } from "./departments.server";
import { listOrganisations } from "./organisations.server";

/** Choices for department and organisation selects in admin forms. */
export async function affiliationOptions() {
  const [departments, organisations] = await Promise.all([listDepartments(), listOrganisations()]);
  return {
    departments: departments.map((d) => ({ id: d.id, name: d.name })),
    organisations: organisations.map((o) => ({ id: o.id, name: o.name })),
  };
}
