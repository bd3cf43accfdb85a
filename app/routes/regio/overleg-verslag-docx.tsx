import type { Route } from "./+types/overleg-verslag-docx";
import { requireUser } from "../../auth/guards.server";
import {
  DOCX_CONTENT_TYPE,
  maakVerslagDocx,
  verslagBestandsnaam,
} from "../../domain/overleg/verslag-docx.server";
import { requireOverleg } from "../../domain/overleg/overleg-toegang.server";
import { getVerslag } from "../../domain/overleg/verslag.server";

/** The verslag as a .docx download (a resource route: no page). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const { regio, overleg } = requireOverleg(user, params);
  const bestand = await maakVerslagDocx(
    getVerslag(regio.id, overleg),
    regio.naam,
  );
  return new Response(new Uint8Array(bestand), {
    headers: {
      "Content-Type": DOCX_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${verslagBestandsnaam(overleg.datum)}"`,
      "Content-Length": String(bestand.byteLength),
      "Cache-Control": "private, no-store",
    },
  });
}
