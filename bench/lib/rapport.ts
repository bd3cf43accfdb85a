import fs from "node:fs";
import type { Belasting, Sequentieel } from "./meting";
import type { Scenario } from "./scenarios";

export interface Uitslag {
  scenario: Scenario;
  sequentieel: Sequentieel;
  belasting: Belasting[];
}

export interface Omstandigheden {
  label: string;
  commando: string;
  datum: string;
  machine: string;
  dataset: string;
  geheugen: string;
  duur: number;
  aantalSequentieel: number;
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");
const telling = (r: Record<number, number>) =>
  Object.entries(r)
    .map(([code, n]) => `${code}×${n}`)
    .join(" ") || "0";

/** The results as a markdown section; also what is printed on the terminal. */
export function alsMarkdown(o: Omstandigheden, uitslagen: Uitslag[]): string {
  const vloer = uitslagen.find((u) => u.scenario.naam === "vloer");
  const vloerPerSeconde = (verbindingen: number) => vloer?.belasting.find((b) => b.verbindingen === verbindingen)?.perSeconde;

  const regels = [
    `### ${o.label} — ${o.datum}`,
    "",
    `- Commando: \`${o.commando}\``,
    `- Machine: ${o.machine}`,
    `- Dataset: ${o.dataset}`,
    `- Server-geheugen: ${o.geheugen}`,
    "",
    `**Servertijd** — ${o.aantalSequentieel} verzoeken na elkaar (concurrency 1, loopback, tijd rond \`fetch\` inclusief body):`,
    "",
    "| scenario | p50 ms | p95 ms | max ms | budget p95 | niet-2xx |",
    "| --- | ---: | ---: | ---: | --- | --- |",
    ...uitslagen.map(({ scenario: s, sequentieel: q }) => {
      const budget = s.budgetMs === undefined ? "–" : `≤ ${s.budgetMs} ms: ${q.p95 <= s.budgetMs ? "gehaald" : "**niet gehaald**"}`;
      return `| ${s.naam} | ${ms(q.p50)} | ${ms(q.p95)} | ${ms(q.max)} | ${budget} | ${telling(q.afwijkend)} |`;
    }),
    "",
    `**Belasting** — autocannon, ${o.duur} s per meting; latency-percentielen van autocannon (p90/p97,5/p99, geen p95):`,
    "",
    "| scenario | verb. | req/s | × vloer | p50 ms | p90 ms | p97,5 ms | p99 ms | niet-2xx | fouten | statussen |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...uitslagen.flatMap(({ scenario: s, belasting }) =>
      belasting.map((b) => {
        const basis = vloerPerSeconde(b.verbindingen);
        const ratio = basis ? (b.perSeconde / basis).toFixed(2) : "–";
        return `| ${s.naam} | ${b.verbindingen} | ${b.perSeconde.toFixed(0)} | ${ratio} | ${b.p50} | ${b.p90} | ${b.p97_5} | ${b.p99} | ${b.niet2xx} | ${b.fouten} | ${b.statussen} |`;
      }),
    ),
    "",
    "Scenario's:",
    "",
    ...uitslagen.map(({ scenario: s }) => `- \`${s.naam}\`: ${s.omschrijving}`),
  ];
  return regels.join("\n");
}

/**
 * Replaces this label's section in the results file and leaves the rest (the interpretation,
 * other datasets) as it was, so a rerun does not wipe what people wrote around it.
 */
export function schrijfSectie(bestand: string, label: string, markdown: string): void {
  const begin = `<!-- resultaten:${label}:begin -->`;
  const eind = `<!-- resultaten:${label}:eind -->`;
  const sectie = `${begin}\n${markdown}\n${eind}`;
  const huidig = fs.existsSync(bestand) ? fs.readFileSync(bestand, "utf8") : "# Benchmarkresultaten\n";
  const van = huidig.indexOf(begin);
  const tot = huidig.indexOf(eind);
  const nieuw =
    van !== -1 && tot > van ? huidig.slice(0, van) + sectie + huidig.slice(tot + eind.length) : `${huidig.trimEnd()}\n\n${sectie}\n`;
  fs.writeFileSync(bestand, nieuw);
}
