import type { Veldverschil } from "../../domain/actualisatie/vergelijken";

/**
 * The marker on an actie that differs from the vastgesteld plan, with what changed. A text label
 * with a dashed border, so it does not rely on colour.
 */
export function GewijzigdNaVaststelling({ wijzigingen, open = false }: { wijzigingen: Veldverschil[]; open?: boolean }) {
  if (wijzigingen.length === 0) return null;
  return (
    <details className="mt-1" open={open}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center gap-1 font-semibold text-slate-900">
        <span className="rounded border border-dashed border-slate-700 bg-white px-2 py-0.5 text-sm">Gewijzigd na vaststelling</span>
      </summary>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
        {wijzigingen.map((w) => (
          <li key={w.veld}>
            <span className="font-semibold">{w.label}:</span> {w.van} <span aria-hidden="true">→</span>
            <span className="sr-only">werd</span> {w.naar}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function ActualisatieLinks({ links }: { links: { href: string; label: string }[] }) {
  if (links.length === 0) return null;
  return (
    <ul className="no-print mt-2 flex flex-wrap gap-x-6">
      {links.map((l) => (
        <li key={l.href}>
          <a href={l.href} className="inline-flex min-h-11 items-center font-semibold">
            {l.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
