import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { gemeente, lokaleKamer, mijlpaal, subregio } from "../../db/schema";
import { action as kamerAction } from "../../app/routes/regio/lokale-kamer";
import { loader } from "../../app/routes/regio/lokale-kamers";
import { cookieFor, getRequest, postRequest, run, testContext } from "../helpers/http";
import { telQueries } from "../helpers/queries-tellen";

const HM = "hollands-midden";

interface Rij {
  gemeente: string;
  fase: string;
  gereed: number;
  totaal: number;
  teLaat: number;
  gestart: boolean;
  volgende: { titel: string; streefdatum: string | null; teLaat: boolean } | null;
}
interface Overzicht {
  rijen: Rij[];
  perFase: Record<string, number>;
  subregios: { id: number; naam: string }[];
  magSjabloonBewerken: boolean;
}

async function overzicht(zoek = "", email = "wethouder@leiden.example", regioSlug = HM) {
  const r = await run(() => loader({ request: getRequest(`/r/${regioSlug}/lokale-kamers${zoek}`, cookieFor(email)), params: { regio: regioSlug }, context: testContext } as never));
  return { status: r.status, data: r.data as Overzicht };
}
const rij = (o: Overzicht, naam: string) => o.rijen.find((r) => r.gemeente === naam)!;

describe("overzicht van de lokale kamers van een regio", () => {
  it("toont elke gemeente met fase, voortgang, volgende mijlpaal en wat te laat is", async () => {
    const { status, data } = await overzicht();
    expect(status).toBe(200);
    expect(data.rijen).toHaveLength(18);
    expect(rij(data, "Voorschoten")).toMatchObject({ fase: "in_opbouw", gereed: 1, totaal: 8, gestart: true });
    expect(rij(data, "Voorschoten").volgende!.titel).toBe("Samenwerkingsafspraken met het lokale team vastgesteld");
    expect(rij(data, "Leiden")).toMatchObject({ fase: "operationeel", gereed: 6 });
    expect(rij(data, "Katwijk")).toMatchObject({ fase: "geevalueerd", gereed: 8, volgende: null });
    expect(rij(data, "Waddinxveen")).toMatchObject({ fase: "in_opbouw", gereed: 4, totaal: 7 });
    expect(rij(data, "Hillegom")).toMatchObject({ fase: "verkenning", gereed: 0, totaal: 8, gestart: false, teLaat: 0 });
    // Seeded with streefdatums in the past.
    expect(rij(data, "Alphen aan den Rijn").teLaat).toBeGreaterThanOrEqual(1);
    expect(rij(data, "Alphen aan den Rijn").volgende).toMatchObject({ streefdatum: "2026-06-30" });
    expect(data.perFase).toMatchObject({ geevalueerd: 1, operationeel: 2 });
    expect(data.magSjabloonBewerken).toBe(false);
  });

  it("markeert een mijlpaal als te laat zodra de streefdatum voorbij is, en niet meer als hij gereed is", async () => {
    const voorschotenId = db.select({ id: gemeente.id }).from(gemeente).where(eq(gemeente.slug, "voorschoten")).get()!.id;
    const kamer = db.select({ id: lokaleKamer.id }).from(lokaleKamer).where(eq(lokaleKamer.gemeenteId, voorschotenId)).get()!;
    db.update(mijlpaal).set({ streefdatum: "2020-01-01" }).where(eq(mijlpaal.lokaleKamerId, kamer.id)).run();
    const te = rij((await overzicht()).data, "Voorschoten");
    expect(te.teLaat).toBe(7); // all but the one that is gereed
    expect(te.volgende!.teLaat).toBe(true);
  });

  it("sorteert via de querystring", async () => {
    const fase = (await overzicht("?sorteer=fase&richting=af")).data.rijen.map((r) => r.fase);
    expect(fase[0]).toBe("geevalueerd");
    expect(fase.at(-1)).toBe("verkenning");
    const voortgang = (await overzicht("?sorteer=voortgang&richting=af")).data.rijen.map((r) => r.gemeente);
    expect(voortgang.slice(0, 2)).toEqual(["Katwijk", "Gouda"]);
    const datum = (await overzicht("?sorteer=datum")).data.rijen;
    const data = datum.map((r) => r.volgende?.streefdatum ?? null).filter((d): d is string => d !== null);
    expect(data).toEqual([...data].sort());
    expect(datum.at(-1)!.volgende?.streefdatum ?? null).toBeNull();
  });

  it("filtert per subregio", async () => {
    const midden = db.select({ id: subregio.id }).from(subregio).where(eq(subregio.naam, "Midden-Holland")).get()!.id;
    const { data } = await overzicht(`?subregio=${midden}`);
    expect(data.rijen.map((r) => r.gemeente).sort()).toEqual(["Bodegraven-Reeuwijk", "Gouda", "Krimpenerwaard", "Waddinxveen", "Zuidplas"]);
    expect(data.subregios.map((s) => s.naam)).toEqual(["Holland Rijnland", "Midden-Holland"]);
  });

  it("volgt een wijziging van de procesregisseur direct", async () => {
    const voor = rij((await overzicht()).data, "Voorschoten");
    const eerste = db
      .select({ id: mijlpaal.id, version: mijlpaal.version })
      .from(mijlpaal)
      .innerJoin(lokaleKamer, eq(lokaleKamer.id, mijlpaal.lokaleKamerId))
      .innerJoin(gemeente, eq(gemeente.id, lokaleKamer.gemeenteId))
      .where(eq(gemeente.slug, "voorschoten"))
      .orderBy(mijlpaal.volgorde)
      .get()!;
    const gisteren = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const r = await run(() =>
      kamerAction({
        request: postRequest(`/r/${HM}/gemeenten/voorschoten/lokale-kamer`, { intent: "bijwerken", sleutel: `m:${eerste.id}`, version: String(eerste.version), status: "gereed", gereedOp: gisteren }, cookieFor("procesregisseur@voorschoten.example")),
        params: { regio: HM, gemeente: "voorschoten" },
        context: testContext,
      } as never),
    );
    expect(r.status).toBe(302);
    expect(rij((await overzicht()).data, "Voorschoten")).toMatchObject({ gereed: voor.gereed + 1 });
  });

  it("toont alleen gemeenten van de eigen regio en weigert een andere regio", async () => {
    const haaglanden = await overzicht("", "coordinator@denhaag.example", "haaglanden");
    expect(haaglanden.status).toBe(200);
    expect(haaglanden.data.rijen.some((r) => r.gemeente === "Voorschoten")).toBe(false);
    expect(haaglanden.data.rijen.every((r) => r.fase === "verkenning" && r.totaal === 0)).toBe(true);
    expect((await overzicht("", "coordinator@denhaag.example")).status).toBe(403);
  });

  it("doet een vast aantal queries, hoeveel lokale kamers er ook zijn", async () => {
    const tel = () => telQueries(() => overzicht());
    await tel(); // warm-up: the first request may refresh the session
    const voor = await tel();
    const cookie = cookieFor("coordinator@leiden.example");
    for (const slug of ["hillegom", "lisse", "noordwijk", "zuidplas"]) {
      await run(() =>
        kamerAction({ request: postRequest(`/r/${HM}/gemeenten/${slug}/lokale-kamer`, { intent: "toevoegen", nieuweTitel: "Startgesprek", nieuweStreefdatum: "" }, cookie), params: { regio: HM, gemeente: slug }, context: testContext } as never),
      );
    }
    expect(await tel()).toBe(voor);
  });
});
