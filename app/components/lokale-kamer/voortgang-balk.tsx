/**
 * "5 van 8 gereed" as text, with a bar beside it for the eye. The bar is an SVG drawn with
 * attributes (no inline style, which the CSP would refuse) and hidden from screen readers,
 * since the text already says it all.
 */
export function VoortgangBalk({ gereed, totaal }: { gereed: number; totaal: number }) {
  const breedte = totaal === 0 ? 0 : Math.round((gereed / totaal) * 100);
  return (
    <span className="inline-flex items-center gap-2 whitespace-nowrap">
      <svg aria-hidden="true" focusable="false" viewBox="0 0 100 10" className="h-3 w-24 shrink-0" preserveAspectRatio="none">
        <rect x="0" y="0" width="100" height="10" rx="2" className="fill-slate-200 stroke-slate-500" strokeWidth="1" />
        {breedte > 0 ? <rect x="0" y="0" width={breedte} height="10" rx="2" className="fill-primary-700" /> : null}
      </svg>
      <span>
        {gereed} van {totaal} gereed
      </span>
    </span>
  );
}
