import { data } from "react-router";
import { requireRegio, type RegioContext, type Sessiegebruiker } from "../../auth/guards.server";
import { idUitParam } from "../beheer/id-param";
import { findAdvies, type AdviesKop } from "./adviezen.server";

/**
 * The regio and advies of an /r/:regio/adviezen/:id URL: 403 for a regio the user may not see,
 * 404 for an advies that does not exist in this regio (an id of another regio included).
 */
export function requireAdvies(
  user: Sessiegebruiker,
  params: { regio?: string; id?: string },
): { regio: RegioContext; advies: AdviesKop } {
  const regio = requireRegio(user, params.regio);
  const gevonden = findAdvies(regio.id, idUitParam(params.id, "Dit advies"));
  if (!gevonden) throw data("Dit advies bestaat niet.", { status: 404 });
  return { regio, advies: gevonden };
}
