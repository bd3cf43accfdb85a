import { useLocation } from "react-router";

const LINK = "inline-flex min-h-11 items-center rounded border border-primary-700 bg-white px-4 py-2 font-semibold text-primary-800 no-underline hover:bg-primary-50";

/**
 * Downloads of the plan as shown (the current filters travel along in the query string), and the
 * import for coordinators while the plan is a concept.
 */
export function PlanSpreadsheetLinks({ planUrl, magImporteren }: { planUrl: string; magImporteren: boolean }) {
  const { search } = useLocation();
  return (
    <nav aria-label="Exporteren en importeren" className="mt-4 flex flex-wrap items-center gap-3">
      <a href={`${planUrl}/export.xlsx${search}`} download className={LINK}>
        Exporteren naar Excel
      </a>
      <a href={`${planUrl}/export.csv${search}`} download className={LINK}>
        Exporteren naar CSV
      </a>
      {magImporteren ? (
        <a href={`${planUrl}/import`} className={LINK}>
          Importeren uit Excel of CSV
        </a>
      ) : null}
    </nav>
  );
}
