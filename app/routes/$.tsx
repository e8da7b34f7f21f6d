// Any unknown URL: the 404 page from the root ErrorBoundary.
import { notFound } from "~/utils/responses";
export async function loader() {
  throw notFound();
}

export async function action() {
  throw notFound();
}

export default function NotFound() {
  return null;
}
