import { apiError } from "~/utils/api.server";

// Unknown API paths answer in JSON, not with the HTML 404 page.
export async function loader() {
  return apiError(404, "not_found", "No such API endpoint");
}

export async function action() {
  return apiError(404, "not_found", "No such API endpoint");
}
