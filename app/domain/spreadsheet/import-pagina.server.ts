import { data } from "react-router";
import { db } from "../../../db";
import type { PlanInRegio } from "../acties/actie-opslaan.server";
import { celTekst } from "./cel";
import { controleerSessie, laadOpzoeklijsten } from "./import-controle.server";
import { findSessie, type ImportSessie } from "./import-sessie.server";
import { ontbrekendeVelden } from "./koppeling-controle";

/**
 * What each step of the import page shows: the upload form, the column mapping (with a few
 * example values per column), the checked preview, or the finished import.
 */

function sessieInfo(s: ImportSessie) {
  return {
    id: s.id,
    bestandsnaam: s.bestandsnaam,
    tabblad: s.kolommen.tabblad,
    kopRij: s.kolommen.kopRij,
    overgeslagenTabbladen: s.kolommen.overgeslagenTabbladen,
    aantalRijen: s.rijen.length,
    geimporteerdOp: s.geimporteerdOp,
  };
}

export function sessieUitParam(waarde: string | null): number {
  if (!waarde || !/^\d{1,12}$/.test(waarde)) throw data("Deze import bestaat niet.", { status: 404 });
  return Number(waarde);
}

export function laadSessieOf404(regioId: number, plan: PlanInRegio, gebruikerId: number, sessieId: number): ImportSessie {
  const sessie = findSessie(db, regioId, plan.id, gebruikerId, sessieId);
  if (!sessie) throw data("Deze import bestaat niet.", { status: 404 });
  return sessie;
}

export function laadImportStap(regioId: number, plan: PlanInRegio, gebruikerId: number, params: URLSearchParams) {
  if (!params.has("sessie")) return { stap: "upload" as const };
  const sessie = laadSessieOf404(regioId, plan, gebruikerId, sessieUitParam(params.get("sessie")));
  const info = sessieInfo(sessie);
  if (sessie.geimporteerdOp) return { stap: "klaar" as const, sessie: info };

  if (params.get("stap") === "controle") {
    const voorbeeld = controleerSessie(sessie, laadOpzoeklijsten(db, regioId, plan, gebruikerId));
    return {
      stap: "controle" as const,
      sessie: info,
      ontbreekt: ontbrekendeVelden(sessie.koppeling),
      overgeslagen: voorbeeld.overgeslagen,
      foutRijen: voorbeeld.foutRijen,
      rijen: voorbeeld.rijen.map(({ rij, fouten, meldingen, weergave }) => ({ rij, fouten, meldingen, weergave })),
    };
  }

  const kolommen = sessie.kolommen.namen.map((naam, kolom) => ({
    naam,
    voorbeelden: [...new Set(sessie.rijen.map((r) => celTekst(r.cellen[kolom])).filter((t) => t !== ""))]
      .slice(0, 3)
      .map((t) => (t.length > 60 ? `${t.slice(0, 57)}…` : t)),
  }));
  return { stap: "koppeling" as const, sessie: info, kolommen, koppeling: sessie.koppeling };
}

export type ImportStap = ReturnType<typeof laadImportStap>;
