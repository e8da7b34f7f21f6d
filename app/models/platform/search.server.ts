// Search for routes: the engines and the service live in search/; routes reach
// them through this server-only module, so none of it is bundled for the browser.
export { readSearchParams, search, type HitView, type SearchView } from "../../../search/service";
