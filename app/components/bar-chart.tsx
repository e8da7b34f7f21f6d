// A bar chart as plain SVG, rendered on the server: no JavaScript needed. The
// numbers are also in the table next to it, for screen readers and printing.
export function BarChart({ title, data, unit = "" }: { title: string; data: { label: string; value: number }[]; unit?: string }) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const rowH = 26;
  const labelW = 150;
  const width = 560;
  const barW = width - labelW - 60;
  return (
    <svg role="img" aria-label={title} viewBox={`0 0 ${width} ${data.length * rowH + 10}`} className="chart" width="100%">
      <title>{title}</title>
      {data.map((d, i) => (
        <g key={d.label} transform={`translate(0 ${i * rowH + 5})`}>
          <text x={labelW - 8} y={16} textAnchor="end" fontSize="13" fill="#1f2328">
            {d.label.length > 12 ? `${d.label.slice(0, 12)}…` : d.label}
          </text>
          <rect x={labelW} y={3} width={Math.max(1, (d.value / max) * barW)} height={rowH - 8} fill="#9b1c1c" />
          <text x={labelW + (d.value / max) * barW + 6} y={16} fontSize="13" fill="#1f2328">
            {d.value}
            {unit}
          </text>
        </g>
      ))}
    </svg>
  );
}
