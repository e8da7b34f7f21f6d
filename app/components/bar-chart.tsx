// A bar chart as plain SVG, rendered on the server: no JavaScript needed. The
// numbers are also in the table next to it, for screen readers and printing.
// Each label sits on its own line above its bar, in full: department and
// organisation names are long ("省政协农业农村委员会 2026") and a label column
// would cut them. SVG text does not wrap, so long labels are broken into lines
// here, measuring CJK glyphs as one font size wide and others as 0.6.
const FONT = 13;
const LINE = 18;
const BAR = 16;
const WIDTH = 560;
const VALUE_ROOM = 70;

function glyphWidth(ch: string) {
  return /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? FONT : FONT * 0.6;
}

export function wrapLabel(label: string, maxWidth = WIDTH): string[] {
  const lines: string[] = [];
  let line = "";
  let width = 0;
  for (const ch of label) {
    const w = glyphWidth(ch);
    if (width + w > maxWidth && line) {
      lines.push(line);
      line = "";
      width = 0;
    }
    line += ch;
    width += w;
  }
  return line ? [...lines, line] : lines.length ? lines : [""];
}

export function BarChart({ title, data, unit = "" }: { title: string; data: { label: string; value: number }[]; unit?: string }) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const barW = WIDTH - VALUE_ROOM;
  let y = 4;
  const rows = data.map((d) => {
    const lines = wrapLabel(d.label);
    const top = y;
    y += lines.length * LINE + BAR + 10;
    return { ...d, lines, top };
  });
  return (
    <svg role="img" aria-label={title} viewBox={`0 0 ${WIDTH} ${y}`} className="chart" width="100%">
      <title>{title}</title>
      {rows.map((d, i) => {
        const barTop = d.lines.length * LINE + 2;
        const w = Math.max(1, (d.value / max) * barW);
        return (
          <g key={`${i}-${d.label}`} transform={`translate(0 ${d.top})`}>
            <text x={0} y={FONT} fontSize={FONT} fill="#1f2328">
              {d.lines.map((line, n) => (
                <tspan key={n} x={0} dy={n === 0 ? 0 : LINE}>
                  {line}
                </tspan>
              ))}
            </text>
            <rect x={0} y={barTop} width={w} height={BAR} fill="#9b1c1c" />
            <text x={w + 6} y={barTop + FONT} fontSize={FONT} fill="#1f2328">
              {d.value}
              {unit}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
