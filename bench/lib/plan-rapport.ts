import type { PlanRegel } from "./query-plan";

/** The query plans of the measured pages as a markdown section (bench/query-plannen.ts). */

export interface StatementUitslag {
  sjabloon: string;
  keer: number;
  /** Replay time of all runs together, and of the slowest run. */
  ms: number;
  maxMs: number;
  plan: PlanRegel[] | null;
  kortPlan: string;
  bezwaren: string[];
  fout: string | null;
}

export interface PaginaUitslag {
  naam: string;
  verzoek: string;
  /** Median wall time of the loaders or action in this process, SQL and JavaScript together. */
  loaderMs: number;
  statements: number;
  uitslagen: StatementUitslag[];
}

export interface PlanOmstandigheden {
  label: string;
  commando: string;
  datum: string;
  dataset: string;
  groteTabellen: string;
  herhaal: number;
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : "–");
const MAX_SQL = 1500;
const cel = (tekst: string) => tekst.replace(/\|/g, "\\|");

function sqlBlok(sql: string, volledig: boolean): string {
  return volledig || sql.length <= MAX_SQL ? sql : `${sql.slice(0, MAX_SQL)} …`;
}

/**
 * `volledig`: every statement with its whole SQL (the terminal). Otherwise (the results file) the
 * SQL and full plan only of the statements that matter: ≥ 0.1 ms, or with an objection; the
 * table still lists every statement with its access path.
 */
export function plannenAlsMarkdown(o: PlanOmstandigheden, paginas: PaginaUitslag[], volledig = false): string {
  const toon = (u: StatementUitslag) => volledig || u.bezwaren.length > 0 || u.fout !== null || u.ms >= 0.1;
  const sqlTijd = (p: PaginaUitslag) => p.uitslagen.reduce((som, u) => som + (Number.isFinite(u.ms) ? u.ms : 0), 0);
  const metBezwaar = (p: PaginaUitslag) => p.uitslagen.filter((u) => u.bezwaren.length > 0).length;
  const regels = [
    `### ${o.label} — ${o.datum}`,
    "",
    `- Commando: \`${o.commando}\``,
    `- Dataset: ${o.dataset}`,
    `- Grote tabellen: ${o.groteTabellen}`,
    "- Methode: de SQL en parameters van de echte loaders/action, gevangen met drizzles logger (`reopenDatabase(…, { trace })` in " +
      "`db/index.ts`); per verschillend statement `EXPLAIN QUERY PLAN` met dezelfde parameters, zonder `ANALYZE` (zoals de app draait). " +
      `Tijd: alle statements in dezelfde volgorde opnieuw uitgevoerd op een kopie (prepare + uitvoeren; lezende de mediaan van ${o.herhaal}, ` +
      "schrijvende 1×, in een transactie die wordt teruggedraaid). Loadertijd: mediaan van " +
      `${o.herhaal} aanroepen in dit proces na ${o.herhaal} om op te warmen, zonder HTTP en zonder renderen.`,
    "",
    "| pagina | verzoek | loader ms | statements | verschillend | SQL ms | bezwaren |",
    "| --- | --- | ---: | ---: | ---: | ---: | --- |",
    ...paginas.map(
      (p) =>
        `| ${p.naam} | \`${p.verzoek}\` | ${ms(p.loaderMs)} | ${p.statements} | ${p.uitslagen.length} | ${ms(sqlTijd(p))} | ${metBezwaar(p) === 0 ? "geen" : `**${metBezwaar(p)}**`} |`,
    ),
  ];
  for (const p of paginas) {
    regels.push(
      "",
      `#### ${p.naam} — \`${p.verzoek}\``,
      "",
      "| # | keer | ms | max ms | plan | bezwaar |",
      "| ---: | ---: | ---: | ---: | --- | --- |",
      ...p.uitslagen.map((u, i) => {
        const bezwaar = u.fout ? `fout: ${u.fout}` : u.bezwaren.length ? `**${u.bezwaren.join("; ")}**` : "–";
        return `| ${i + 1} | ${u.keer} | ${ms(u.ms)} | ${ms(u.maxMs)} | ${cel(u.kortPlan || "–")} | ${cel(bezwaar)} |`;
      }),
      "",
      `<details><summary>SQL en volledige plannen${volledig ? "" : " (statements vanaf 0,1 ms of met bezwaar)"}</summary>`,
      "",
    );
    p.uitslagen.forEach((u, i) => {
      if (!toon(u)) return;
      regels.push(`**${i + 1}.** ${u.keer}×, ${ms(u.ms)} ms`, "", "```sql", sqlBlok(u.sjabloon, volledig), "```", "");
      if (u.plan?.length) regels.push("```text", ...u.plan.map((r) => `${"  ".repeat(r.diepte)}${r.tekst}`), "```", "");
    });
    regels.push("</details>");
  }
  return regels.join("\n");
}
