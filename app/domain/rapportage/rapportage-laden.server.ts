import { data } from "react-router";
import type { RegioContext } from "../../auth/guards.server";
import { jaarUitParam } from "../actualisatie/jaar-param";
import { vandaag } from "../format";
import type { Rapportage } from "./model";
import { laadRapportage } from "./rapportage.server";

/** The report of a request for the page and the .docx alike: 404 for an unknown year or gemeente. */
export function rapportageVoorVerzoek(regio: RegioContext, jaarParam: string | undefined, request: Request): Rapportage {
  const jaar = jaarUitParam(jaarParam);
  const gemeente = new URL(request.url).searchParams.get("gemeente");
  const uitkomst = laadRapportage(regio, jaar, gemeente || null, vandaag());
  if (uitkomst.ok) return uitkomst.rapportage;
  throw data(uitkomst.reden === "geen_plan" ? `Er is geen uitvoeringsplan voor ${jaar}.` : "Deze gemeente bestaat niet in deze regio.", { status: 404 });
}
