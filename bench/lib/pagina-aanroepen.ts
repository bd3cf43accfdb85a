import { action as actieAction } from "../../app/routes/regio/actie";
import { loader as gemeentenLoader } from "../../app/routes/regio/gemeenten";
import { loader as layoutLoader } from "../../app/routes/regio/layout";
import { loader as overlegLoader } from "../../app/routes/regio/overleg";
import { loader as planLoader } from "../../app/routes/regio/plan";
import { loader as startLoader } from "../../app/routes/regio/start";
import type { Doelen } from "./doelen";

/**
 * What React Router runs on the server for the pages of DESIGN §7, called directly (as the
 * integration tests do), so the captured SQL is exactly that of the real loaders and action. A
 * document request runs every matched loader (the regio layout and the page; root has none); the
 * voortgang post is what the page's fetcher sends (`.data`): the action alone.
 *
 * Imported only after DATABASE_PATH is set: db/index.ts opens the database on first import.
 */
export interface PaginaAanroep {
  naam: string;
  verzoek: string;
  /** Runs the loaders or the action once; `i` keeps idempotency keys unique per run. */
  voer: (i: number) => Promise<void>;
}

const ORIGIN = "http://localhost:3300";
const context = { ip: "127.0.0.1", cspNonce: "" };

// The route types want React Router's full argument object; these functions only read these three.
function roep<A, R>(fn: (args: A) => R, request: Request, params: Record<string, string>): R {
  return fn({ request, params, context } as unknown as A);
}

/** A thrown response or an error status means the page did not do what was measured. */
async function controleer(naam: string, werk: () => unknown): Promise<void> {
  let uitkomst: unknown;
  try {
    uitkomst = await werk();
  } catch (gegooid) {
    const status = gegooid instanceof Response ? gegooid.status : (gegooid as { init?: { status?: number } })?.init?.status;
    throw new Error(`${naam}: de aanroep gooide ${status ? `status ${status}` : String(gegooid)}`, { cause: gegooid });
  }
  const status = (uitkomst as { init?: { status?: number } } | null)?.init?.status ?? (uitkomst instanceof Response ? uitkomst.status : 200);
  if (status >= 400) throw new Error(`${naam}: status ${status}`);
  if ((uitkomst as { ok?: boolean } | null)?.ok === false) throw new Error(`${naam}: ${JSON.stringify(uitkomst)}`);
}

export function paginaAanroepen(doelen: Doelen, cookie: string, vandaag: string, runId: string): PaginaAanroep[] {
  const regio = doelen.regioSlug;
  const get = (pad: string) => new Request(ORIGIN + pad, { headers: { cookie } });
  const pagina = (naam: string, pad: string, params: Record<string, string>, loader: (args: never) => unknown): PaginaAanroep => ({
    naam,
    verzoek: `GET ${pad}`,
    async voer() {
      const p = { regio, ...params };
      await controleer(naam, () => Promise.all([roep(layoutLoader, get(pad), p), roep(loader, get(pad), p)]));
    },
  });

  const aanroepen = [
    pagina("dashboard", `/r/${regio}`, {}, startLoader),
    pagina("plan", `/r/${regio}/plannen/${doelen.planJaar}`, { jaar: String(doelen.planJaar) }, planLoader),
    // As the matrix scenario of bench/run.ts: this year's plan is the page's default.
    pagina("matrix", `/r/${regio}/gemeenten${doelen.planJaar === Number(vandaag.slice(0, 4)) ? "" : `?jaar=${doelen.planJaar}`}`, {}, gemeentenLoader),
  ];
  if (doelen.overlegId !== null) aanroepen.push(pagina("overleg", `/r/${regio}/overleg/${doelen.overlegId}`, { id: String(doelen.overlegId) }, overlegLoader));

  const actieId = doelen.actieIds[0];
  aanroepen.push({
    naam: "voortgang",
    verzoek: `POST /r/${regio}/acties/${actieId}.data`,
    async voer(i) {
      const body = new URLSearchParams({
        intent: "voortgang",
        status: "op_schema",
        datum: vandaag,
        toelichting: "bench",
        idempotencyKey: `plannen-${runId}-${i}`,
        antwoord: "fetcher",
      });
      const request = new Request(`${ORIGIN}/r/${regio}/acties/${actieId}`, {
        method: "POST",
        body,
        headers: { cookie, origin: ORIGIN, "content-type": "application/x-www-form-urlencoded" },
      });
      await controleer("voortgang", () => roep(actieAction, request, { regio, id: String(actieId) }));
    },
  });
  return aanroepen;
}
