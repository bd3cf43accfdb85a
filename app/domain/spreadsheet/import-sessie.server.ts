import { and, eq } from "drizzle-orm";
import { writeTransaction, type Db, type Tx } from "../../../db";
import { importSessie, regiovisie, uitvoeringsplan } from "../../../db/schema";
import { writeAudit } from "../audit.server";
import type { Cel } from "./cel";
import type { Koppeling } from "./doelvelden";
import type { GelezenTabel } from "./bestand-lezen.server";
import { raadKoppeling } from "./kolom-raden";

/**
 * An uploaded sheet kept between upload, column mapping, preview and import. A session belongs
 * to one plan and one user: nobody continues someone else's import, and the lookup goes through
 * the plan's regio, so an id of another regio is "not found".
 */

export interface SessieKolommen {
  namen: string[];
  tabblad: string | null;
  kopRij: number;
  overgeslagenTabbladen: string[];
}

export interface SessieRij {
  rij: number;
  cellen: Cel[];
}

export interface ImportSessie {
  id: number;
  planId: number;
  bestandsnaam: string;
  kolommen: SessieKolommen;
  rijen: SessieRij[];
  koppeling: Koppeling;
  geimporteerdOp: string | null;
}

interface Gebruiker {
  id: number;
  ip?: string | null;
}

export function maakSessie(user: Gebruiker, regioId: number, planId: number, bestandsnaam: string, tabel: GelezenTabel): number {
  const kolommen: SessieKolommen = {
    namen: tabel.koppen,
    tabblad: tabel.tabblad,
    kopRij: tabel.kopRij,
    overgeslagenTabbladen: tabel.overgeslagenTabbladen,
  };
  const koppeling = raadKoppeling(tabel.koppen);
  return writeTransaction((tx) => {
    const { id } = tx
      .insert(importSessie)
      .values({ planId, gebruikerId: user.id, bestandsnaam, kolommen, rijen: tabel.rijen, koppeling })
      .returning({ id: importSessie.id })
      .get();
    writeAudit(tx, {
      regioId,
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "import_sessie",
      entiteitId: id,
      actie: "geupload",
      na: { planId, bestandsnaam, tabblad: tabel.tabblad, kolommen: tabel.koppen, aantalRijen: tabel.rijen.length, koppeling },
    });
    return id;
  });
}

export function findSessie(lezer: Db | Tx, regioId: number, planId: number, gebruikerId: number, sessieId: number): ImportSessie | undefined {
  const rij = lezer
    .select({
      id: importSessie.id,
      planId: importSessie.planId,
      bestandsnaam: importSessie.bestandsnaam,
      kolommen: importSessie.kolommen,
      rijen: importSessie.rijen,
      koppeling: importSessie.koppeling,
      geimporteerdOp: importSessie.geimporteerdOp,
    })
    .from(importSessie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, importSessie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(
      and(
        eq(importSessie.id, sessieId),
        eq(importSessie.planId, planId),
        eq(importSessie.gebruikerId, gebruikerId),
        eq(regiovisie.regioId, regioId),
      ),
    )
    .get();
  if (!rij) return undefined;
  const kolommen = rij.kolommen as SessieKolommen;
  return {
    ...rij,
    kolommen,
    rijen: rij.rijen as SessieRij[],
    koppeling: (rij.koppeling as Koppeling | null) ?? kolommen.namen.map(() => null),
  };
}

export function bewaarKoppeling(user: Gebruiker, regioId: number, sessie: ImportSessie, koppeling: Koppeling): void {
  writeTransaction((tx) => {
    tx.update(importSessie).set({ koppeling }).where(eq(importSessie.id, sessie.id)).run();
    writeAudit(tx, {
      regioId,
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "import_sessie",
      entiteitId: sessie.id,
      actie: "koppeling",
      voor: { koppeling: sessie.koppeling },
      na: { koppeling },
    });
  });
}
