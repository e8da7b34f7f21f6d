// Reading a V8 CPU profile (.cpuprofile, as `node --cpu-prof` writes): CPU time
// spent (every sample but idle), and the functions with the most self time,
// named with their package or file.
import { readFileSync } from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** CPU milliseconds in the profile (samples that were not idle). */
  cpuMs: number;
  top: { name: string; ms: number; share: number }[];
}

function where(url: string) {
  if (!url) return "";
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.startsWith("node:")) return url;
  const tail = url.replace(/^file:\/\//, "").split("/").slice(-2).join("/");
  return tail.replace(/\?.*$/, "");
}

export function summariseProfile(file: string, topN = 6): ProfileSummary {
  const p = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let cpu = 0;
  p.samples.forEach((id, i) => {
    const n = byId.get(id);
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    if (!n || n.callFrame.functionName === "(idle)") return;
    cpu += dt;
    const name = n.callFrame.functionName.startsWith("(") ? n.callFrame.functionName : `${n.callFrame.functionName || "(anonymous)"} (${where(n.callFrame.url)})`;
    self.set(name, (self.get(name) ?? 0) + dt);
  });
  const top = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, topN)
    .map(([name, ms]) => ({ name, ms, share: cpu ? ms / cpu : 0 }));
  return { cpuMs: cpu, top };
}
