import autocannon from "autocannon";
import type { Scenario } from "./scenarios";

export interface Verbinding {
  origin: string;
  cookie: string;
}

// Every request of a scenario gets the next number, across all its runs: idempotency keys stay unique.
const volgnummers = new WeakMap<Scenario, number>();
function volgende(scenario: Scenario): number {
  const n = volgnummers.get(scenario) ?? 0;
  volgnummers.set(scenario, n + 1);
  return n;
}

function headers(scenario: Scenario, verbinding: Verbinding): Record<string, string> {
  const h: Record<string, string> = {};
  if (scenario.metSessie) h.cookie = verbinding.cookie;
  if (scenario.methode === "POST") {
    h["content-type"] = "application/x-www-form-urlencoded";
    // The CSRF check (server/app.ts) refuses a post without our own Origin.
    h.origin = verbinding.origin;
  }
  return h;
}

function percentiel(gesorteerd: number[], p: number): number {
  if (gesorteerd.length === 0) return NaN;
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.ceil((p / 100) * gesorteerd.length) - 1)];
}

export interface Sequentieel {
  aantal: number;
  p50: number;
  p95: number;
  max: number;
  /** Status codes other than 2xx, with how often. */
  afwijkend: Record<number, number>;
}

/**
 * One request at a time over loopback, timed around fetch: at concurrency 1 nothing queues, so
 * this is as close to the server's own time per request as we get without touching the app.
 */
export async function meetSequentieel(scenario: Scenario, verbinding: Verbinding, aantal: number, opwarmen: number): Promise<Sequentieel> {
  const tijden: number[] = [];
  const afwijkend: Record<number, number> = {};
  for (let k = 0; k < opwarmen + aantal; k++) {
    const i = volgende(scenario);
    const start = performance.now();
    const antwoord = await fetch(verbinding.origin + scenario.pad(i), {
      method: scenario.methode,
      headers: headers(scenario, verbinding),
      body: scenario.body?.(i),
      redirect: "manual",
    });
    await antwoord.arrayBuffer();
    const duur = performance.now() - start;
    if (k < opwarmen) continue;
    tijden.push(duur);
    if (antwoord.status < 200 || antwoord.status > 299) afwijkend[antwoord.status] = (afwijkend[antwoord.status] ?? 0) + 1;
  }
  tijden.sort((a, b) => a - b);
  return { aantal, p50: percentiel(tijden, 50), p95: percentiel(tijden, 95), max: tijden[tijden.length - 1], afwijkend };
}

export interface Belasting {
  verbindingen: number;
  perSeconde: number;
  totaal: number;
  /** Latency in ms; autocannon's histogram has p90, p97.5 and p99 but no p95. */
  p50: number;
  p90: number;
  p97_5: number;
  p99: number;
  gemiddeld: number;
  niet2xx: number;
  fouten: number;
  statussen: string;
}

/** Load at a fixed number of open connections for a fixed time (autocannon's closed model). */
export async function meetBelasting(scenario: Scenario, verbinding: Verbinding, verbindingen: number, duur: number): Promise<Belasting> {
  const basis = { method: scenario.methode, headers: headers(scenario, verbinding) };
  const r = await autocannon({
    url: verbinding.origin,
    connections: verbindingen,
    duration: duur,
    requests: [
      {
        ...basis,
        setupRequest: (verzoek) => {
          const i = volgende(scenario);
          return { ...verzoek, path: scenario.pad(i), body: scenario.body?.(i) ?? verzoek.body };
        },
      },
    ],
  });
  return {
    verbindingen,
    perSeconde: r.requests.average,
    totaal: r.requests.total,
    p50: r.latency.p50,
    p90: r.latency.p90,
    p97_5: r.latency.p97_5,
    p99: r.latency.p99,
    gemiddeld: r.latency.average,
    niet2xx: r.non2xx,
    fouten: r.errors + r.timeouts,
    statussen: Object.entries(r.statusCodeStats)
      .map(([code, { count }]) => `${code}×${count}`)
      .join(" "),
  };
}
