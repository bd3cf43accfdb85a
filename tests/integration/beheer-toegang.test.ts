import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { audit, gebruiker, regio } from "../../db/schema";
import { loader as auditLoader } from "../../app/routes/beheer/audit";
import { loader as gebruikerLoader } from "../../app/routes/beheer/gebruiker";
import { loader as gebruikersLoader } from "../../app/routes/beheer/gebruikers";
import { loader as indexLoader } from "../../app/routes/beheer/index";
import { loader as layoutLoader } from "../../app/routes/beheer/layout";
import { loader as outboxLoader } from "../../app/routes/beheer/outbox";
import { loader as regioLoader } from "../../app/routes/beheer/regio";
import { loader as regiosLoader } from "../../app/routes/beheer/regios";
import { loader as uitnodigenLoader } from "../../app/routes/beheer/uitnodigen";
import { cookieFor, getRequest, run, testContext } from "../helpers/http";

type Verwacht = 200 | 403 | 404;

function idVan(tabel: "gebruiker" | "regio", sleutel: string): number {
  const rij =
    tabel === "gebruiker"
      ? db.select({ id: gebruiker.id }).from(gebruiker).where(eq(gebruiker.email, sleutel)).get()
      : db.select({ id: regio.id }).from(regio).where(eq(regio.slug, sleutel)).get();
  if (!rij) throw new Error(`onbekend: ${sleutel}`);
  return rij.id;
}

// Per page: the loader, its URL and params, and what each account gets.
const paginas: {
  naam: string;
  loader: (args: any) => unknown;
  pad: () => string;
  params: () => Record<string, string>;
  verwacht: Record<string, Verwacht>;
}[] = [
  ...[
    ["layout", layoutLoader, "/beheer"],
    ["overzicht", indexLoader, "/beheer"],
    ["gebruikers", gebruikersLoader, "/beheer/gebruikers"],
    ["uitnodigen", uitnodigenLoader, "/beheer/gebruikers/uitnodigen"],
    ["auditlog", auditLoader, "/beheer/audit"],
  ].map(([naam, loader, pad]) => ({
    naam: naam as string,
    loader: loader as (args: any) => unknown,
    pad: () => pad as string,
    params: () => ({}),
    verwacht: { coordinatorHM: 200, coordinatorHaaglanden: 200 } as Record<string, Verwacht>,
  })),
  ...[
    ["regio's", regiosLoader, "/beheer/regios"],
    ["outbox", outboxLoader, "/beheer/outbox"],
  ].map(([naam, loader, pad]) => ({
    naam: naam as string,
    loader: loader as (args: any) => unknown,
    pad: () => pad as string,
    params: () => ({}),
    verwacht: { coordinatorHM: 403, coordinatorHaaglanden: 403 } as Record<string, Verwacht>,
  })),
  {
    naam: "regio Hollands Midden",
    loader: regioLoader,
    pad: () => `/beheer/regios/${idVan("regio", "hollands-midden")}`,
    params: () => ({ id: String(idVan("regio", "hollands-midden")) }),
    verwacht: { coordinatorHM: 403, coordinatorHaaglanden: 403 },
  },
  {
    naam: "gebruiker uit Hollands Midden",
    loader: gebruikerLoader,
    pad: () => `/beheer/gebruikers/${idVan("gebruiker", "beleid@voorschoten.example")}`,
    params: () => ({ id: String(idVan("gebruiker", "beleid@voorschoten.example")) }),
    verwacht: { coordinatorHM: 200, coordinatorHaaglanden: 404 },
  },
];

const accounts: Record<string, string> = {
  beheerder: "beheerder@demo.example",
  coordinatorHM: "coordinator@leiden.example",
  coordinatorHaaglanden: "coordinator@denhaag.example",
  gemeente: "beleid@voorschoten.example",
  lezer: "wethouder@leiden.example",
};

function verwachting(pagina: (typeof paginas)[number], account: string): Verwacht {
  if (account === "beheerder") return 200;
  if (account === "gemeente" || account === "lezer") return 403;
  return pagina.verwacht[account];
}

function open(pagina: (typeof paginas)[number], email?: string) {
  return run(() =>
    pagina.loader({
      request: getRequest(pagina.pad(), email ? cookieFor(email) : undefined),
      params: pagina.params(),
      context: testContext,
    }),
  );
}

describe("toegang tot beheer", () => {
  for (const pagina of paginas) {
    for (const account of Object.keys(accounts)) {
      const status = verwachting(pagina, account);
      it(`${pagina.naam}: ${account} krijgt ${status}`, async () => {
        expect((await open(pagina, accounts[account])).status).toBe(status);
      });
    }

    it(`${pagina.naam}: een anonieme bezoeker gaat naar de loginpagina, met de weg terug`, async () => {
      const uit = await open(pagina);
      expect(uit.status).toBe(302);
      expect(uit.location).toBe(`/login?redirectTo=${encodeURIComponent(pagina.pad())}`);
    });
  }

  it("legt een geweigerde toegang tot beheer vast in het auditlog", async () => {
    const voor = db.select().from(audit).where(eq(audit.resultaat, "geweigerd")).all().length;
    const uit = await open(paginas[0], "beleid@voorschoten.example");
    expect(uit.status).toBe(403);
    const rijen = db
      .select()
      .from(audit)
      .where(and(eq(audit.resultaat, "geweigerd"), eq(audit.gebruikerId, idVan("gebruiker", "beleid@voorschoten.example"))))
      .all();
    expect(rijen.length).toBe(voor + 1);
    expect(rijen.at(-1)?.ip).toBe(testContext.ip);
  });

  it("toont de regiocoördinator een submenu zonder regio's en outbox", async () => {
    const uit = await open(paginas[0], "coordinator@leiden.example");
    expect((uit.data as any).beheerder).toBe(false);
    const beheer = await open(paginas[0], "beheerder@demo.example");
    expect((beheer.data as any).beheerder).toBe(true);
  });

  it("geeft een onbekende of ongeldige gebruiker-id 404", async () => {
    for (const id of ["999999", "abc", "1e3"]) {
      const uit = await run(() =>
        gebruikerLoader({
          request: getRequest(`/beheer/gebruikers/${id}`, cookieFor("beheerder@demo.example")),
          params: { id },
          context: testContext,
        } as any),
      );
      expect(uit.status).toBe(404);
    }
  });
});
