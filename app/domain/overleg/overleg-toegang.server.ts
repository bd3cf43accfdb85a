import { data } from "react-router";
import {
  requireRegio,
  type RegioContext,
  type Sessiegebruiker,
} from "../../auth/guards.server";
import { idUitParam } from "../beheer/id-param";
import { findOverleg, type OverlegKop } from "./overleggen.server";

/**
 * The regio and overleg of an /r/:regio/overleg/:id URL: 403 for a regio the user may not see,
 * 404 for an overleg that does not exist in this regio (an id of another regio included).
 */
export function requireOverleg(
  user: Sessiegebruiker,
  params: { regio?: string; id?: string },
): { regio: RegioContext; overleg: OverlegKop } {
  const regio = requireRegio(user, params.regio);
  const gevonden = findOverleg(regio.id, idUitParam(params.id, "Dit overleg"));
  if (!gevonden) throw data("Dit overleg bestaat niet.", { status: 404 });
  return { regio, overleg: gevonden };
}
