import { and, count, eq } from "drizzle-orm";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import {
  actie,
  audit,
  besluit,
  gebruiker,
  gemeente,
  overleg,
  regio,
  regiovisie,
  uitvoeringsplan,
  voortgang,
} from "../../db/schema";
import { postVoortgang } from "../../app/domain/acties/voortgang.server";
import { vandaag } from "../../app/domain/format";
import { getVerslag } from "../../app/domain/overleg/verslag.server";
import { findOverleg } from "../../app/domain/overleg/overleggen.server";
import { action, loader } from "../../app/routes/regio/overleg";
import { loader as docxLoader } from "../../app/routes/regio/overleg-verslag-docx";
import {
  cookieFor,
  getRequest,
  postRequest,
  run,
  testContext,
} from "../helpers/http";

const COORDINATOR = "coordinator@leiden.example";

function regioId(slug: string) {
  return db
    .select({ id: regio.id })
    .from(regio)
    .where(eq(regio.slug, slug))
    .get()!.id;
}

function maakOverleg(slug = "hollands-midden", datum = vandaag()) {
  return db
    .insert(overleg)
    .values({
      regioId: regioId(slug),
      datum,
      titel: "Ambtelijk beleidsoverleg",
    })
    .returning({ id: overleg.id })
    .get().id;
}

/** A lokale actie of the given gemeente in the regio's plan of `jaar`. */
function actieVan(gemeenteNaam: string, jaar = 2026) {
  return db
    .select({ id: actie.id, code: actie.code, status: actie.status })
    .from(actie)
    .innerJoin(gemeente, eq(gemeente.id, actie.gemeenteId))
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .where(
      and(
        eq(gemeente.naam, gemeenteNaam),
        eq(uitvoeringsplan.jaar, jaar),
        eq(actie.status, "op_schema"),
      ),
    )
    .get()!;
}

function regionaleActie(slug: string) {
  return db
    .select({
      id: actie.id,
      code: actie.code,
      titel: actie.titel,
      status: actie.status,
    })
    .from(actie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(
      and(eq(regiovisie.regioId, regioId(slug)), eq(actie.niveau, "regionaal")),
    )
    .get()!;
}

const pad = (overlegId: number) => `/r/hollands-midden/overleg/${overlegId}`;

function post(
  overlegId: number,
  velden: Record<string, string>,
  email = COORDINATOR,
) {
  return run(() =>
    action({
      request: postRequest(pad(overlegId), velden, cookieFor(email)),
      params: { regio: "hollands-midden", id: String(overlegId) },
      context: testContext,
    } as any),
  );
}

let sleutels = 0;
const nieuweSleutel = () => `test-sleutel-${++sleutels}`;

function voortgangVelden(actieId: number, extra: Record<string, string> = {}) {
  return {
    intent: "voortgang",
    actieId: String(actieId),
    status: "op_schema",
    datum: vandaag(),
    toelichting: "Besproken in het overleg; loopt volgens plan.",
    idempotencyKey: nieuweSleutel(),
    antwoord: "data",
    ...extra,
  };
}

const aantal = (tabel: typeof voortgang | typeof besluit) =>
  db.select({ n: count() }).from(tabel).get()!.n;

describe("voortgang bijwerken in het overleg", () => {
  it("slaat de voortgang op met het overleg erbij en antwoordt de fetcher met de nieuwe status", async () => {
    const o = maakOverleg();
    const a = actieVan("Voorschoten");
    const uit = await post(
      o,
      voortgangVelden(a.id, {
        status: "aandacht",
        oorzaak: "Capaciteit",
        gevolg: "Later klaar",
        bijsturing: "Extra inzet",
      }),
    );
    expect(uit.status).toBe(200);
    expect(uit.data).toMatchObject({
      intent: "voortgang",
      actieId: a.id,
      ok: true,
      status: "aandacht",
    });
    const rij = db
      .select()
      .from(voortgang)
      .where(eq(voortgang.id, (uit.data as any).voortgangId))
      .get()!;
    expect(rij).toMatchObject({
      overlegId: o,
      statusVan: "op_schema",
      statusNaar: "aandacht",
      oorzaak: "Capaciteit",
    });
    expect(
      db
        .select({ status: actie.status })
        .from(actie)
        .where(eq(actie.id, a.id))
        .get()!.status,
    ).toBe("aandacht");
    expect(
      db
        .select()
        .from(audit)
        .where(
          and(eq(audit.actie, "voortgang.plaatsen"), eq(audit.resultaat, "ok")),
        )
        .all(),
    ).toHaveLength(1);
  });

  it("stuurt zonder JavaScript terug naar het agendapunt", async () => {
    const o = maakOverleg();
    const a = actieVan("Voorschoten");
    const { antwoord: _weg, ...velden } = voortgangVelden(a.id);
    const uit = await post(o, velden);
    expect(uit.status).toBe(302);
    expect(uit.location).toBe(`${pad(o)}#actie-${a.id}`);
  });

  it("laat een gemeente de eigen actie bijwerken, maar niet die van een andere gemeente", async () => {
    const o = maakOverleg();
    const eigen = actieVan("Voorschoten");
    const ander = actieVan("Katwijk");
    expect(
      (await post(o, voortgangVelden(eigen.id), "beleid@voorschoten.example"))
        .status,
    ).toBe(200);

    const voor = aantal(voortgang);
    const uit = await post(
      o,
      voortgangVelden(ander.id, { status: "afgerond" }),
      "beleid@voorschoten.example",
    );
    expect(uit.status).toBe(403);
    expect((uit.data as any).errors.form).toMatch(/niet bijwerken/);
    expect(aantal(voortgang)).toBe(voor);
    expect(
      db
        .select({ status: actie.status })
        .from(actie)
        .where(eq(actie.id, ander.id))
        .get()!.status,
    ).toBe(ander.status);
    expect(
      db.select().from(audit).where(eq(audit.resultaat, "geweigerd")).all(),
    ).toHaveLength(1);
  });

  it("weigert de lezer, een gebruiker van een andere regio, een actie of overleg van een andere regio", async () => {
    const o = maakOverleg();
    const a = actieVan("Voorschoten");
    const voor = aantal(voortgang);
    expect(
      (await post(o, voortgangVelden(a.id), "wethouder@leiden.example")).status,
    ).toBe(403);
    expect(
      (await post(o, voortgangVelden(a.id), "coordinator@denhaag.example"))
        .status,
    ).toBe(403);
    expect(
      (await post(o, voortgangVelden(regionaleActie("zuid-holland-zuid").id)))
        .status,
    ).toBe(404);
    const haaglanden = maakOverleg("haaglanden");
    expect((await post(haaglanden, voortgangVelden(a.id))).status).toBe(404);
    expect(aantal(voortgang)).toBe(voor);
  });

  it("geeft bij onvolledige invoer een melding bij het veld en bewaart de invoer", async () => {
    const o = maakOverleg();
    const a = actieVan("Voorschoten");
    const voor = aantal(voortgang);
    const zonderToelichting = await post(
      o,
      voortgangVelden(a.id, { toelichting: "" }),
    );
    expect(zonderToelichting.status).toBe(400);
    expect((zonderToelichting.data as any).errors.toelichting).toBe(
      "Licht de voortgang kort toe.",
    );
    expect((zonderToelichting.data as any).actieId).toBe(a.id);

    const zonderVerantwoording = await post(
      o,
      voortgangVelden(a.id, { status: "vertraagd", toelichting: "Later" }),
    );
    expect(zonderVerantwoording.status).toBe(400);
    expect((zonderVerantwoording.data as any).errors.oorzaak).toMatch(
      /oorzaak/,
    );
    expect((zonderVerantwoording.data as any).values.toelichting).toBe("Later");

    expect(
      (await post(o, voortgangVelden(a.id, { status: "misschien" }))).status,
    ).toBe(400);
    expect(
      (await post(o, { ...voortgangVelden(a.id), actieId: "abc" })).status,
    ).toBe(400);
    expect(
      (await post(o, { ...voortgangVelden(a.id), intent: "iets-anders" }))
        .status,
    ).toBe(400);
    expect(aantal(voortgang)).toBe(voor);
  });

  it("maakt bij een dubbele verzending met dezelfde sleutel maar één voortgangsupdate", async () => {
    const o = maakOverleg();
    const a = actieVan("Voorschoten");
    const velden = voortgangVelden(a.id);
    const voor = aantal(voortgang);
    const eerste = await post(o, velden);
    const tweede = await post(o, velden);
    expect(eerste.status).toBe(200);
    expect(tweede.status).toBe(200);
    expect((tweede.data as any).voortgangId).toBe(
      (eerste.data as any).voortgangId,
    );
    expect(aantal(voortgang)).toBe(voor + 1);
  });
});

describe("besluiten in het overleg", () => {
  it("legt een besluit bij een actie en een algemeen besluit vast, met auditregel", async () => {
    const o = maakOverleg();
    const a = regionaleActie("hollands-midden");
    const bijActie = await post(o, {
      intent: "besluit",
      actieId: String(a.id),
      tekst: "Trekker stelt een plan van aanpak op.",
      idempotencyKey: nieuweSleutel(),
      antwoord: "data",
    });
    expect(bijActie.status).toBe(200);
    expect(bijActie.data).toMatchObject({
      intent: "besluit",
      actieId: a.id,
      ok: true,
    });
    const algemeen = await post(o, {
      intent: "besluit",
      tekst: "Volgend overleg in Gouda.",
      idempotencyKey: nieuweSleutel(),
    });
    expect(algemeen.status).toBe(302);
    expect(algemeen.location).toBe(`${pad(o)}#besluiten`);
    const rijen = db.select().from(besluit).orderBy(besluit.id).all();
    expect(rijen.map((b) => [b.actieId, b.tekst, b.overlegId])).toEqual([
      [a.id, "Trekker stelt een plan van aanpak op.", o],
      [null, "Volgend overleg in Gouda.", o],
    ]);
    expect(
      db
        .select()
        .from(audit)
        .where(eq(audit.actie, "besluit.vastleggen"))
        .all(),
    ).toHaveLength(2);
  });

  it("maakt bij een dubbele klik maar één besluit", async () => {
    const o = maakOverleg();
    const velden = {
      intent: "besluit",
      tekst: "Eén besluit.",
      idempotencyKey: nieuweSleutel(),
      antwoord: "data",
    };
    const [eerste, tweede] = [await post(o, velden), await post(o, velden)];
    expect((tweede.data as any).besluitId).toBe((eerste.data as any).besluitId);
    expect(aantal(besluit)).toBe(1);
  });

  it("weigert een sleutel die al voor een ander overleg is gebruikt", async () => {
    const velden = {
      intent: "besluit",
      tekst: "Besluit.",
      idempotencyKey: nieuweSleutel(),
      antwoord: "data",
    };
    await post(maakOverleg(), velden);
    const uit = await post(maakOverleg(), velden);
    expect(uit.status).toBe(400);
    expect(aantal(besluit)).toBe(1);
  });

  it("weigert lege, te lange en BSN-houdende besluiten, onbekende acties en acties van een andere regio", async () => {
    const o = maakOverleg();
    const gevallen: [Record<string, string>, string][] = [
      [{ tekst: "" }, "tekst"],
      [{ tekst: "x".repeat(4001) }, "tekst"],
      [{ tekst: "x".repeat(100_000) }, "tekst"],
      [{ tekst: "Cliënt 111222333 besproken" }, "tekst"],
      [{ tekst: "Besluit", actieId: "999999" }, "actieId"],
      [
        {
          tekst: "Besluit",
          actieId: String(regionaleActie("zuid-holland-zuid").id),
        },
        "actieId",
      ],
      [{ tekst: "Besluit", actieId: "één" }, "actieId"],
      [{ tekst: "Besluit", idempotencyKey: "kort" }, "idempotencyKey"],
    ];
    for (const [velden, veld] of gevallen) {
      const uit = await post(o, {
        intent: "besluit",
        idempotencyKey: nieuweSleutel(),
        antwoord: "data",
        ...velden,
      });
      expect(uit.status).toBe(400);
      expect((uit.data as any).errors[veld]).toMatch(/\w/);
    }
    expect(aantal(besluit)).toBe(0);
  });

  it("laat alleen coördinatoren en beheerders besluiten vastleggen", async () => {
    const o = maakOverleg();
    for (const email of [
      "beleid@voorschoten.example",
      "wethouder@leiden.example",
      "partner@veiligthuis.example",
      "coordinator@denhaag.example",
    ]) {
      expect(
        (
          await post(
            o,
            {
              intent: "besluit",
              tekst: "Besluit",
              idempotencyKey: nieuweSleutel(),
            },
            email,
          )
        ).status,
      ).toBe(403);
    }
    expect(aantal(besluit)).toBe(0);
    expect(
      (
        await post(
          o,
          {
            intent: "besluit",
            tekst: "Besluit",
            idempotencyKey: nieuweSleutel(),
          },
          "beheerder@demo.example",
        )
      ).status,
    ).toBe(302);
  });
});

describe("verslag van het overleg", () => {
  async function overlegMetInhoud() {
    const o = maakOverleg();
    const voorschoten = actieVan("Voorschoten");
    const regionaal = regionaleActie("hollands-midden");
    await post(
      o,
      voortgangVelden(voorschoten.id, {
        status: "afgerond",
        toelichting: "Lokale kamer draait.",
      }),
    );
    await post(
      o,
      voortgangVelden(regionaal.id, { toelichting: "Loopt." }),
      "coordinator@gouda.example",
    );
    await post(o, {
      intent: "besluit",
      actieId: String(regionaal.id),
      tekst: "Evaluatie in het voorjaar.",
      idempotencyKey: nieuweSleutel(),
    });
    await post(o, {
      intent: "besluit",
      tekst: "Verslag gaat naar alle gemeenten.",
      idempotencyKey: nieuweSleutel(),
    });
    // Voortgang buiten het overleg hoort niet in het verslag.
    const hm = regioId("hollands-midden");
    const coordinatorId = db
      .select({ id: gebruiker.id })
      .from(gebruiker)
      .where(eq(gebruiker.email, COORDINATOR))
      .get()!.id;
    const coordinator = {
      id: coordinatorId,
      rollen: [
        {
          regioId: hm,
          rol: "regiocoordinator" as const,
          gemeenteId: null,
          organisatieId: null,
        },
      ],
    };
    const buiten = postVoortgang(coordinator, hm, regionaal.id, {
      status: "op_schema",
      datum: vandaag(),
      toelichting: "Buiten het overleg",
      idempotencyKey: nieuweSleutel(),
    });
    expect(buiten.ok).toBe(true);
    return { o, voorschoten, regionaal };
  }

  it("bevat elke statuswijziging en elk besluit van het overleg, per actielijn", async () => {
    const { o, voorschoten, regionaal } = await overlegMetInhoud();
    const verslag = getVerslag(
      regioId("hollands-midden"),
      findOverleg(regioId("hollands-midden"), o)!,
    );
    const wijzigingen = verslag.groepen.flatMap((g) => g.wijzigingen);
    expect(
      wijzigingen.map((w) => [
        w.actieId,
        w.van,
        w.naar,
        w.toelichting,
        w.auteur,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [
          voorschoten.id,
          "op_schema",
          "afgerond",
          "Lokale kamer draait.",
          expect.any(String),
        ],
        [
          regionaal.id,
          regionaal.status,
          "op_schema",
          "Loopt.",
          expect.any(String),
        ],
      ]),
    );
    expect(wijzigingen).toHaveLength(2);
    expect(
      wijzigingen.some((w) => w.toelichting === "Buiten het overleg"),
    ).toBe(false);
    for (const groep of verslag.groepen) {
      for (const w of groep.wijzigingen)
        expect(w.actielijn?.id).toBe(groep.actielijn?.id);
      for (const b of groep.besluiten)
        expect(b.actielijn?.id).toBe(groep.actielijn?.id);
    }
    const volgorde = verslag.groepen.map((g) => g.actielijn?.volgorde ?? 99);
    expect(volgorde).toEqual([...volgorde].sort((a, b) => a - b));
    expect(
      verslag.groepen.flatMap((g) => g.besluiten).map((b) => b.tekst),
    ).toEqual(["Evaluatie in het voorjaar."]);
    expect(verslag.algemeneBesluiten.map((b) => b.tekst)).toEqual([
      "Verslag gaat naar alle gemeenten.",
    ]);
  });

  it("toont het verslag op de pagina met ?weergave=verslag, ook voor de lezer", async () => {
    const { o } = await overlegMetInhoud();
    const uit = await run(() =>
      loader({
        request: getRequest(
          `${pad(o)}?weergave=verslag`,
          cookieFor("wethouder@leiden.example"),
        ),
        params: { regio: "hollands-midden", id: String(o) },
        context: testContext,
      } as any),
    );
    expect(uit.status).toBe(200);
    const data = uit.data as any;
    expect(data.vergadering).toBeNull();
    expect(
      data.verslag.groepen.flatMap((g: any) => g.wijzigingen),
    ).toHaveLength(2);
  });

  it("levert het verslag als .docx met het besluit erin", async () => {
    const { o, regionaal } = await overlegMetInhoud();
    const datum = db
      .select({ datum: overleg.datum })
      .from(overleg)
      .where(eq(overleg.id, o))
      .get()!.datum;
    const antwoord = (await docxLoader({
      request: getRequest(
        `${pad(o)}/verslag.docx`,
        cookieFor("beleid@voorschoten.example"),
      ),
      params: { regio: "hollands-midden", id: String(o) },
      context: testContext,
    } as any)) as Response;
    expect(antwoord.status).toBe(200);
    expect(antwoord.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(antwoord.headers.get("Content-Disposition")).toBe(
      `attachment; filename="verslag-overleg-${datum}.docx"`,
    );
    const bytes = new Uint8Array(await antwoord.arrayBuffer());
    expect(bytes.byteLength).toBeGreaterThan(1000);
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe("PK");
    const documentXml = strFromU8(unzipSync(bytes)["word/document.xml"]);
    expect(documentXml).toContain("Evaluatie in het voorjaar.");
    expect(documentXml).toContain("Verslag gaat naar alle gemeenten.");
    expect(documentXml).toContain(regionaal.code);
    expect(documentXml).toContain("Lokale kamer draait.");
    expect(documentXml).not.toContain("Buiten het overleg");
  });

  it("geeft het .docx niet aan een andere regio en niet voor een overleg van een andere regio", async () => {
    const hm = maakOverleg();
    const haaglanden = maakOverleg("haaglanden");
    const haal = (id: number, email: string) =>
      run(() =>
        docxLoader({
          request: getRequest(`${pad(id)}/verslag.docx`, cookieFor(email)),
          params: { regio: "hollands-midden", id: String(id) },
          context: testContext,
        } as any),
      );
    expect((await haal(hm, "coordinator@denhaag.example")).status).toBe(403);
    expect((await haal(haaglanden, COORDINATOR)).status).toBe(404);
    expect((await haal(hm, COORDINATOR)).status).toBe(200);
  });
});
