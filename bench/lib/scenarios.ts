import type { Doelen } from "./doelen";

/**
 * What is measured. Paths may vary per request (`pad(i)`), so the load spreads over many acties
 * as real use does, instead of hammering one row that stays hot in every cache.
 */
export interface Scenario {
  naam: string;
  omschrijving: string;
  methode: "GET" | "POST";
  metSessie: boolean;
  pad: (i: number) => string;
  body?: (i: number) => string;
  /** The DESIGN §7 budget for p95 server time, when there is one. */
  budgetMs?: number;
}

export function maakScenarios(doelen: Doelen, vandaag: string, runId: string): Scenario[] {
  const r = `/r/${doelen.regioSlug}`;
  // The matrix shows this year's plan unless another year is asked, as a first visit does.
  const matrixZoek = doelen.planJaar === Number(vandaag.slice(0, 4)) ? "" : `?jaar=${doelen.planJaar}`;
  const actie = (i: number) => doelen.actieIds[i % doelen.actieIds.length];
  // Unique per request: a repeated key would return the earlier update without writing anything.
  const voortgang = (i: number) =>
    new URLSearchParams({
      intent: "voortgang",
      status: "op_schema",
      datum: vandaag,
      toelichting: "bench",
      idempotencyKey: `bench-${runId}-${i}`,
      antwoord: "fetcher",
    }).toString();

  const scenarios: Scenario[] = [
    { naam: "vloer", omschrijving: "GET /login zonder sessie (kleine SSR-pagina)", methode: "GET", metSessie: false, pad: () => "/login" },
    { naam: "regio-start", omschrijving: `GET ${r}`, methode: "GET", metSessie: true, pad: () => r, budgetMs: 50 },
    {
      naam: "plan",
      omschrijving: `GET ${r}/plannen/${doelen.planJaar} (300 acties)`,
      methode: "GET",
      metSessie: true,
      pad: () => `${r}/plannen/${doelen.planJaar}`,
      budgetMs: 50,
    },
    {
      naam: "plan-filter",
      omschrijving: `GET ${r}/plannen/${doelen.planJaar}?status=aandacht&q=training`,
      methode: "GET",
      metSessie: true,
      pad: () => `${r}/plannen/${doelen.planJaar}?status=aandacht&q=training`,
      budgetMs: 50,
    },
    {
      naam: "actie",
      omschrijving: `GET ${r}/acties/:id (verspreid over ${doelen.actieIds.length} acties)`,
      methode: "GET",
      metSessie: true,
      pad: (i) => `${r}/acties/${actie(i)}`,
    },
  ];
  if (doelen.overlegId !== null) {
    scenarios.push({
      naam: "overleg",
      omschrijving: `GET ${r}/overleg/${doelen.overlegId} (agenda)`,
      methode: "GET",
      metSessie: true,
      pad: () => `${r}/overleg/${doelen.overlegId}`,
      budgetMs: 50,
    });
    scenarios.push({
      naam: "overleg-data",
      omschrijving: `GET ${r}/overleg/${doelen.overlegId}.data (wat de vergadermodus na elke update opnieuw laadt)`,
      methode: "GET",
      metSessie: true,
      pad: () => `${r}/overleg/${doelen.overlegId}.data`,
    });
  }
  scenarios.push({
    naam: "matrix",
    omschrijving: `GET ${r}/gemeenten${matrixZoek} (regiomatrix: ${doelen.aantalGemeenten} gemeenten × doelstellingen)`,
    methode: "GET",
    metSessie: true,
    pad: () => `${r}/gemeenten${matrixZoek}`,
  });
  // Posts last: they add voortgang rows, which the page scenarios should not see halfway.
  scenarios.push(
    {
      naam: "voortgang-data",
      omschrijving: "POST /r/…/acties/:id.data (wat de fetcher van de pagina verstuurt: alleen de action)",
      methode: "POST",
      metSessie: true,
      pad: (i) => `${r}/acties/${actie(i)}.data`,
      body: (i) => voortgang(i),
      budgetMs: 20,
    },
    {
      naam: "voortgang-document",
      omschrijving: "POST /r/…/acties/:id (documentverzoek: action plus loaders en SSR van de actiepagina)",
      methode: "POST",
      metSessie: true,
      pad: (i) => `${r}/acties/${actie(i)}`,
      // A different key range from voortgang-data, so no post is answered as a repeat.
      body: (i) => voortgang(1_000_000_000 + i),
    },
  );
  return scenarios;
}
