import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../index";
import {
  actie,
  actieUitvoering,
  gebruiker,
  gemeente,
  regio,
  regiovisie,
  uitvoeringVoortgang,
  uitvoeringsplan,
  type ActieStatus,
} from "../schema";

/**
 * Two regional acties of the Hollands Midden plan 2026 are carried out per gemeente (issue 5).
 * The statuses per gemeente are chosen so that the status the seed gave each actie is exactly the
 * one derived from its gemeenten (afgeleideStatus): op_schema and afgerond.
 */

type Stap = { datum: string; naar: ActieStatus; toelichting: string };

const GESTART: Stap = { datum: "2026-03-12", naar: "op_schema", toelichting: "Aandachtsfunctionaris aangewezen; inwerken loopt." };
const KLAAR: Stap = { datum: "2026-06-18", naar: "afgerond", toelichting: "Aandachtsfunctionaris actief en aangesloten bij het regionale netwerk." };
const OP_SCHEMA: Stap = { datum: "2026-09-24", naar: "op_schema", toelichting: "Vacature aandachtsfunctionaris vervuld per 1 november; tot dan vangt een collega op." };

interface UitvoeringSeed {
  titel: string;
  /** Per gemeente the voortgang, in order; gemeenten not listed take `standaard`. */
  verloop: Record<string, Stap[]>;
  standaard: Stap[];
}

const SEEDS: UitvoeringSeed[] = [
  {
    titel: "Netwerk aandachtsfunctionarissen huiselijk geweld en kindermishandeling in de lokale teams",
    standaard: [GESTART, KLAAR],
    verloop: {
      "Bodegraven-Reeuwijk": [GESTART],
      Hillegom: [GESTART],
      Lisse: [GESTART, OP_SCHEMA],
      Voorschoten: [GESTART],
      Waddinxveen: [GESTART],
      Zuidplas: [GESTART, OP_SCHEMA],
      "Kaag en Braassem": [],
      Krimpenerwaard: [],
      Nieuwkoop: [],
    },
  },
  {
    titel: "Samenwerkingsafspraken Veilig Thuis en lokale teams actualiseren en lokaal verankeren",
    standaard: [
      { datum: "2026-02-05", naar: "op_schema", toelichting: "Lokale vertaling van de afspraken besproken met het lokale team." },
      { datum: "2026-06-25", naar: "afgerond", toelichting: "Afspraken lokaal vastgesteld en in de werkwijze van het lokale team opgenomen." },
    ],
    verloop: {},
  },
];

/** Who reports for a gemeente in the demo; gemeenten without their own account get the coordinator of their subregio. */
const MELDER: Record<string, string> = {
  Leiden: "beleid@leiden.example",
  Katwijk: "beleid@katwijk.example",
  Gouda: "beleid@gouda.example",
  Voorschoten: "beleid@voorschoten.example",
};

export function insertUitvoeringPerGemeente(tx: Tx) {
  const hm = tx.select({ id: regio.id }).from(regio).where(eq(regio.slug, "hollands-midden")).get();
  if (!hm) return;
  const gemeenten = tx
    .select({ id: gemeente.id, naam: gemeente.naam, subregioId: gemeente.subregioId })
    .from(gemeente)
    .where(eq(gemeente.regioId, hm.id))
    .all();
  const emails = [...Object.values(MELDER), "coordinator@leiden.example", "coordinator@gouda.example"];
  const gebruikers = new Map(
    tx.select({ id: gebruiker.id, email: gebruiker.email }).from(gebruiker).where(inArray(gebruiker.email, emails)).all().map((g) => [g.email, g.id]),
  );
  const gebruikerId = (email: string) => {
    const id = gebruikers.get(email);
    if (id === undefined) throw new Error(`Seed verwijst naar onbekend account "${email}"`);
    return id;
  };
  // Holland Rijnland (Leiden's subregio) was created first; the others belong to Midden-Holland (Gouda).
  const eersteSubregio = Math.min(...gemeenten.map((g) => g.subregioId ?? Infinity));

  for (const seed of SEEDS) {
    const rij = tx
      .select({ id: actie.id })
      .from(actie)
      .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
      .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
      .where(and(eq(regiovisie.regioId, hm.id), eq(uitvoeringsplan.jaar, 2026), eq(actie.titel, seed.titel)))
      .get();
    if (!rij) throw new Error(`Seed verwijst naar onbekende actie "${seed.titel}"`);
    tx.update(actie).set({ uitvoeringPerGemeente: true }).where(eq(actie.id, rij.id)).run();

    for (const g of gemeenten) {
      const verloop = seed.verloop[g.naam] ?? seed.standaard;
      const eigen = MELDER[g.naam];
      const melder = gebruikerId(eigen ?? (g.subregioId === eersteSubregio ? "coordinator@leiden.example" : "coordinator@gouda.example"));
      const uitvoeringId = tx
        .insert(actieUitvoering)
        .values({
          actieId: rij.id,
          gemeenteId: g.id,
          eigenaarId: eigen ? gebruikerId(eigen) : null,
          status: verloop.at(-1)?.naar ?? "niet_gestart",
          version: 1,
        })
        .returning({ id: actieUitvoering.id })
        .get().id;
      let van: ActieStatus = "niet_gestart";
      for (const stap of verloop) {
        tx.insert(uitvoeringVoortgang)
          .values({
            uitvoeringId,
            auteurId: melder,
            datum: stap.datum,
            statusVan: van,
            statusNaar: stap.naar,
            toelichting: stap.toelichting,
            aangemaaktOp: `${stap.datum}T10:00:00.000Z`,
          })
          .run();
        van = stap.naar;
      }
    }
  }
}
