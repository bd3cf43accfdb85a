import { FASE_LABELS, type Fase } from "../../domain/lokale-kamer/fase";
import { formatDatum } from "../../domain/format";

interface Props {
  basis: string;
  gemeente: { naam: string; slug: string };
  lokaleKamer: { fase: Fase; gereed: number; totaal: number } | null;
  reacties: { id: number; tekst: string; planJaar: number; aangemaaktOp: string; actieId: number | null }[];
  adviespunten: { id: number; tekst: string; onderwerp: string; adviesraad: string; datum: string }[];
}

/** The gemeente's lokale kamer progress and what is still open for it: reacties and adviespunten. */
export function GemeenteBijzaken({ basis, gemeente, lokaleKamer, reacties, adviespunten }: Props) {
  return (
    <>
      <section aria-labelledby="lokale-kamer-kop" className="mt-10">
        <h2 id="lokale-kamer-kop">Lokale kamer</h2>
        {lokaleKamer ? (
          <p className="mt-2">
            Fase: <span className="font-semibold">{FASE_LABELS[lokaleKamer.fase]}</span> · {lokaleKamer.gereed} van {lokaleKamer.totaal}{" "}
            mijlpalen gereed.
          </p>
        ) : (
          <p className="mt-2">{gemeente.naam} heeft de opbouw van een lokale kamer nog niet vastgelegd.</p>
        )}
        <p className="no-print mt-2">
          <a href={`${basis}/gemeenten/${gemeente.slug}/lokale-kamer`}>Lokale kamer {gemeente.naam} bekijken</a>
        </p>
      </section>

      <section aria-labelledby="reacties-kop" className="mt-10">
        <h2 id="reacties-kop">Openstaande reacties</h2>
        {reacties.length === 0 ? (
          <p className="mt-2">Geen reacties van {gemeente.naam} die nog op afhandeling wachten.</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {reacties.map((r) => (
              <li key={r.id} className="rounded border border-slate-300 bg-white p-3">
                <p className="text-sm text-slate-700">
                  Uitvoeringsplan {r.planJaar} · {formatDatum(r.aangemaaktOp)}
                  {r.actieId ? (
                    <>
                      {" · "}
                      <a href={`${basis}/acties/${r.actieId}`}>bij een actie</a>
                    </>
                  ) : null}
                </p>
                <p className="mt-1 whitespace-pre-line">{r.tekst}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="advies-kop" className="mt-10">
        <h2 id="advies-kop">Openstaande adviespunten</h2>
        {adviespunten.length === 0 ? (
          <p className="mt-2">Geen adviespunten voor {gemeente.naam} die nog op verwerking wachten.</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {adviespunten.map((p) => (
              <li key={p.id} className="rounded border border-slate-300 bg-white p-3">
                <p className="text-sm text-slate-700">
                  {p.adviesraad} · {p.onderwerp} · {formatDatum(p.datum)}
                </p>
                <p className="mt-1 whitespace-pre-line">{p.tekst}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
