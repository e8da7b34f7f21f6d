// Search results read in one script (简/繁, decision 016): the title and passage of
// a hit from a document written in the other script are converted before they are
// highlighted, so a Traditional report reads in Simplified on a 简 page (and the
// query words are still marked: highlighting folds both scripts alike). The script
// of each document was told when it was saved; it is looked up, not guessed.
import { writtenScriptsOfItems } from "../app/models/documents/written-script.server";
import { convertScript, type Script } from "../app/utils/script-conversion";
import type { EngineHit } from "./engine";
import { decorateHit } from "./highlight";
import type { ParsedQuery } from "./query";

export async function hitsShownIn(hits: EngineHit[], query: ParsedQuery, shown: Script): Promise<EngineHit[]> {
  const scripts = await writtenScriptsOfItems(hits.map((h) => ({ kind: h.kind, id: h.refId })));
  return hits.map((hit) => {
    const written = scripts.get(`${hit.kind}:${hit.refId}`);
    if (!written || written === shown) return hit;
    return decorateHit({ ...hit, title: convertScript(hit.title, written, shown), body: convertScript(hit.body, written, shown) }, query);
  });
}
