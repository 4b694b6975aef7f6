/** The imported document's text with every accepted figure marked, each mark an anchor. Text only. */
export function SourceText({
  text,
  marks,
  anchorOf,
  label,
}: {
  label: string;
  text: string;
  marks: readonly { id: string; start: number; end: number }[];
  anchorOf: (figureId: string) => string;
}) {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  const parts: (string | { id: string; text: string })[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue;
    parts.push(text.slice(at, m.start), { id: m.id, text: text.slice(m.start, m.end) });
    at = m.end;
  }
  parts.push(text.slice(at));
  return (
    // A scrolling box must take focus so a keyboard can scroll it (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="import__text" lang="zh-CN" role="region" aria-label={label} tabIndex={0}>
      {parts.map((p) =>
        typeof p === 'string' ? (
          p
        ) : (
          <mark key={p.id} id={anchorOf(p.id)} tabIndex={-1}>
            {p.text}
          </mark>
        ),
      )}
    </div>
  );
}
