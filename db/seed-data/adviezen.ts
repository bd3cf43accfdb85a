import { and, eq } from "drizzle-orm";
import type { Tx } from "../index";
import { actie, advies, adviespunt, adviespuntActie, gemeente, regio, regiovisie, uitvoeringsplan } from "../schema";
import { HM_ACTIES } from "./hollands-midden-acties";
import bestand from "./regiovisies.json";

interface AdviesFeiten {
  adviesraad: string;
  datum: string;
  over?: string;
  punten: string[];
}

const REGIOS = (bestand as unknown as { regios: { slug: string; adviezen?: AdviesFeiten[] }[] }).regios;

/** What regiovisies.json leaves out: the gemeente an adviesraad advises and, where missing, the subject. */
const HERKOMST: Record<string, { gemeente: string; onderwerp?: string }> = {
  "Adviesraad Sociaal Domein Voorschoten": {
    gemeente: "Voorschoten",
    onderwerp: "Concept-regiovisie Geweld Thuis Samen Aanpakken 2024-2028",
  },
  "Adviesraad WMO Leiden": { gemeente: "Leiden" },
  "Adviesraad Sociaal Domein Delft": {
    gemeente: "Delft",
    onderwerp: "Regiovisie aanpak huiselijk geweld Regio Haaglanden 2019-2022 (concept 2019)",
  },
};

interface PuntVerwerking {
  verwerking: "overgenomen" | "deels" | "niet";
  toelichting?: string;
  /** Hollands Midden acties (by seed sleutel) in the 2026 plan that carry the point out. */
  acties?: string[];
}

/** A few points already processed, so the register shows both follow-up and open work. */
const VERWERKT: Record<string, Record<number, PuntVerwerking>> = {
  "Adviesraad Sociaal Domein Voorschoten": {
    1: {
      verwerking: "deels",
      toelichting:
        "De regie op de ketensamenwerking ligt regionaal bij de centrumgemeente; Voorschoten belegt de lokale regie bij het jeugdteam van Voorschoten voor Elkaar.",
      acties: ["voorschoten-contactpersoon"],
    },
    5: {
      verwerking: "overgenomen",
      toelichting: "Opgenomen in de regionale leergang verklarende analyse voor lokale teams en ketenpartners.",
      acties: ["training-verklarende-analyse"],
    },
    6: {
      verwerking: "deels",
      toelichting:
        "Voorschoten geeft de regiovisie lokaal vorm met lokale acties in het uitvoeringsplan in plaats van met een apart plan van aanpak.",
      acties: ["voorschoten-voorlichting", "voorschoten-contactpersoon"],
    },
  },
  "Adviesraad WMO Leiden": {
    0: { verwerking: "overgenomen", toelichting: "Het cijfermateriaal is aan de adviesraad gestuurd." },
    2: { verwerking: "overgenomen", acties: ["vaste-contactpersoon"] },
    3: { verwerking: "overgenomen", toelichting: "De Binnenvest is betrokken bij de totstandkoming van de regiovisie." },
  },
};

const KOPPEL_JAAR = 2026;

function vindActie(tx: Tx, regioId: number, sleutel: string): number {
  const titel = HM_ACTIES.find((a) => a.sleutel === sleutel)?.titel;
  const rij = titel
    ? tx
        .select({ id: actie.id })
        .from(actie)
        .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
        .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
        .where(and(eq(regiovisie.regioId, regioId), eq(uitvoeringsplan.jaar, KOPPEL_JAAR), eq(actie.titel, titel)))
        .get()
    : undefined;
  if (!rij) throw new Error(`Seed adviezen: geen actie "${sleutel}" in het plan ${KOPPEL_JAAR}`);
  return rij.id;
}

/** The adviezen of regiovisies.json with their points; runs after the plans are seeded. */
export function seedAdviezen(tx: Tx) {
  for (const feiten of REGIOS) {
    if (!feiten.adviezen?.length) continue;
    const regioRij = tx.select({ id: regio.id }).from(regio).where(eq(regio.slug, feiten.slug)).get();
    if (!regioRij) continue;
    for (const a of feiten.adviezen) {
      const herkomst = HERKOMST[a.adviesraad];
      const gemeenteId = herkomst
        ? tx
            .select({ id: gemeente.id })
            .from(gemeente)
            .where(and(eq(gemeente.regioId, regioRij.id), eq(gemeente.naam, herkomst.gemeente)))
            .get()?.id
        : undefined;
      const { id: adviesId } = tx
        .insert(advies)
        .values({
          regioId: regioRij.id,
          soort: "adviesraad",
          adviesraad: a.adviesraad,
          gemeenteId: gemeenteId ?? null,
          datum: a.datum,
          onderwerp: a.over ?? herkomst?.onderwerp ?? `Advies van ${a.adviesraad}`,
          aangemaaktOp: `${a.datum}T12:00:00.000Z`,
        })
        .returning({ id: advies.id })
        .get();
      a.punten.forEach((tekst, i) => {
        const verwerkt = VERWERKT[a.adviesraad]?.[i];
        const { id: puntId } = tx
          .insert(adviespunt)
          .values({
            adviesId,
            tekst,
            volgorde: i + 1,
            verwerking: verwerkt?.verwerking ?? null,
            toelichting: verwerkt?.toelichting ?? null,
          })
          .returning({ id: adviespunt.id })
          .get();
        for (const sleutel of verwerkt?.acties ?? []) {
          tx.insert(adviespuntActie)
            .values({ adviespuntId: puntId, actieId: vindActie(tx, regioRij.id, sleutel) })
            .run();
        }
      });
    }
  }
}
