import { eq } from "drizzle-orm";
import { createElement, type ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { gebruiker, regio } from "../../db/schema";
import { queueMail } from "../../app/domain/mail.server";
import * as auditPagina from "../../app/routes/beheer/audit";
import * as gebruikerPagina from "../../app/routes/beheer/gebruiker";
import * as gebruikersPagina from "../../app/routes/beheer/gebruikers";
import * as indexPagina from "../../app/routes/beheer/index";
import * as layoutPagina from "../../app/routes/beheer/layout";
import * as outboxPagina from "../../app/routes/beheer/outbox";
import * as regioPagina from "../../app/routes/beheer/regio";
import * as regiosPagina from "../../app/routes/beheer/regios";
import * as uitnodigenPagina from "../../app/routes/beheer/uitnodigen";
import { cookieFor, getRequest, run, testContext } from "../helpers/http";

interface Pagina {
  loader: (args: any) => unknown;
  default: ComponentType<any>;
}

/** Renders a page the way the server would: the layout around it, with the data of the real loaders. */
async function render(pagina: Pagina, pad: string, email: string, params: Record<string, string> = {}): Promise<string> {
  const cookie = cookieFor(email);
  const laad = async (p: Pagina) => {
    const uit = await run(() => p.loader({ request: getRequest(pad, cookie), params, context: testContext }));
    expect(uit.status).toBe(200);
    return uit.data;
  };
  const Stub = createRoutesStub([
    {
      id: "layout",
      path: "/beheer",
      Component: layoutPagina.default as ComponentType,
      children: [{ id: "pagina", path: pad.replace(/\?.*$/, ""), Component: pagina.default as ComponentType }],
    },
  ]);
  return renderToString(
    createElement(Stub, {
      initialEntries: [pad],
      hydrationData: { loaderData: { layout: await laad(layoutPagina), pagina: await laad(pagina) } },
    }),
  );
}

function idVan(email: string): number {
  return db.select({ id: gebruiker.id }).from(gebruiker).where(eq(gebruiker.email, email)).get()!.id;
}

function controleerOpbouw(html: string) {
  expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  for (const [, id] of html.matchAll(/<(?:input|select|textarea)[^>]*\sid="([^"]+)"/g)) {
    if (!html.includes(`for="${id}"`)) throw new Error(`veld ${id} heeft geen label`);
  }
}

describe("beheerpagina's tonen", () => {
  it("het overzicht met tellingen en het submenu voor de beheerder", async () => {
    const html = await render(indexPagina, "/beheer", "beheerder@demo.example");
    controleerOpbouw(html);
    expect(html).toContain("Outbox");
    expect(html).toContain("Regio&#x27;s");
  });

  it("het submenu van een coördinator zonder regio's en outbox", async () => {
    const html = await render(indexPagina, "/beheer", "coordinator@leiden.example");
    expect(html).not.toContain('href="/beheer/outbox"');
    expect(html).not.toContain('href="/beheer/regios"');
    expect(html).toContain('href="/beheer/audit"');
  });

  it("de regio's en één regio met gemeenten en organisaties", async () => {
    controleerOpbouw(await render(regiosPagina, "/beheer/regios", "beheerder@demo.example"));
    const id = db.select({ id: regio.id }).from(regio).where(eq(regio.slug, "hollands-midden")).get()!.id;
    const html = await render(regioPagina, `/beheer/regios/${id}`, "beheerder@demo.example", { id: String(id) });
    controleerOpbouw(html);
    expect(html).toContain("Ja, centrumgemeente");
    expect(html).toContain("Veilig Thuis Hollands Midden");
  });

  it("de gebruikerslijst, het uitnodigingsformulier en één gebruiker", async () => {
    const lijst = await render(gebruikersPagina, "/beheer/gebruikers", "coordinator@leiden.example");
    controleerOpbouw(lijst);
    expect(lijst).toContain("beleid@voorschoten.example");
    controleerOpbouw(await render(uitnodigenPagina, "/beheer/gebruikers/uitnodigen", "beheerder@demo.example"));
    const id = idVan("beleid@voorschoten.example");
    const html = await render(gebruikerPagina, `/beheer/gebruikers/${id}`, "coordinator@leiden.example", { id: String(id) });
    controleerOpbouw(html);
    expect(html).toContain("Account deactiveren");
  });

  it("de outbox met de tekst van een mail en het auditlog", async () => {
    queueMail(db, { aan: "iemand@test.example", onderwerp: "Uitnodiging", tekst: "Beste iemand,\n\nwelkom." });
    const outbox = await render(outboxPagina, "/beheer/outbox", "beheerder@demo.example");
    controleerOpbouw(outbox);
    expect(outbox).toContain("Niet verzonden: SMTP niet ingesteld");
    expect(outbox).toContain("<details");
    controleerOpbouw(await render(auditPagina, "/beheer/audit", "beheerder@demo.example"));
  });
});
