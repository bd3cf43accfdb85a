import type { PlanStatus } from "../../../db/enums";
import { PlanStatusBadge } from "../status-badge";

const STAPPEN: { status: PlanStatus; label: string }[] = [
  { status: "concept", label: "Concept: besluiten over de acties" },
  { status: "ter_afstemming", label: "Ter afstemming bij gemeenten en partners" },
  { status: "vastgesteld", label: "Vastgesteld" },
];

/** Where the plan is in its yearly cycle, in text (the current step is named, not only coloured). */
export function ActualisatieStappen({ status }: { status: PlanStatus }) {
  const huidig = STAPPEN.findIndex((s) => s.status === status);
  return (
    <ol className="mt-4 flex flex-wrap gap-2" aria-label="Stappen van de actualisatie">
      {STAPPEN.map((stap, i) => (
        <li
          key={stap.status}
          aria-current={i === huidig ? "step" : undefined}
          className={`rounded border px-3 py-1 text-sm ${i === huidig ? "border-primary-700 bg-primary-50 font-semibold text-slate-900" : "border-slate-400 bg-white text-slate-700"}`}
        >
          {i + 1}. {stap.label}
          {i < huidig ? <span className="sr-only"> (gereed)</span> : null}
          {i === huidig ? <span className="sr-only"> (huidige stap)</span> : null}
        </li>
      ))}
    </ol>
  );
}

/** The sub-pages of one year's actualisatie; hidden when printing. */
export function ActualisatieNav({ basis, jaar, status, magBeheren, huidig }: { basis: string; jaar: number; status: PlanStatus; magBeheren: boolean; huidig: "overzicht" | "besluiten" | "reacties" | "verschil" }) {
  const items = [
    { key: "overzicht", href: `${basis}/actualisatie/${jaar}`, label: "Overzicht" },
    ...(magBeheren ? [{ key: "besluiten", href: `${basis}/actualisatie/${jaar}/besluiten`, label: `Besluiten over ${jaar - 1}` }] : []),
    { key: "reacties", href: `${basis}/actualisatie/${jaar}/reacties`, label: "Afstemming en reacties" },
    { key: "verschil", href: `${basis}/actualisatie/${jaar}/verschil`, label: `Verschil ${jaar - 1} → ${jaar}` },
    { key: "plan", href: `${basis}/plannen/${jaar}`, label: `Uitvoeringsplan ${jaar}` },
  ];
  return (
    <nav aria-label={`Actualisatie ${jaar}`} className="no-print mt-4">
      <p className="mb-2">
        <PlanStatusBadge status={status} />
      </p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {items.map((item) => (
          <li key={item.key}>
            <a href={item.href} aria-current={item.key === huidig ? "page" : undefined} className={`inline-flex min-h-11 items-center ${item.key === huidig ? "font-semibold" : ""}`}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
