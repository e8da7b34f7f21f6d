// Constants the search page needs in the browser as well as on the server.
import type { FacetName } from "./engine";

export const SEARCH_PER_PAGE = 20;
/** Results beyond this are not paged to (a narrower query or a filter finds them); the PostgreSQL engine's CANDIDATES. */
export const MAX_OFFSET = 1000;

/** The URL parameter for each facet. */
export const FACET_PARAM: Record<FacetName, string> = {
  kind: "kind",
  status: "status",
  category: "category",
  department: "department",
  organisation: "organisation",
  year: "year",
};
