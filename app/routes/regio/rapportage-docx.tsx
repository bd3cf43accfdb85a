import type { Route } from "./+types/rapportage-docx";
import { requireRegio, requireUser } from "../../auth/guards.server";
import { DOCX_CONTENT_TYPE, maakRapportageDocx, rapportageBestandsnaam } from "../../domain/rapportage/rapportage-docx.server";
import { rapportageVoorVerzoek } from "../../domain/rapportage/rapportage-laden.server";

/** The yearly progress report as an editable Word document (a resource route: no page). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const rapportage = rapportageVoorVerzoek(regio, params.jaar, request);
  const bestand = await maakRapportageDocx(rapportage);
  const naam = rapportageBestandsnaam(regio.slug, rapportage.jaar, rapportage.gemeente?.slug ?? null);
  return new Response(new Uint8Array(bestand), {
    headers: {
      "Content-Type": DOCX_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${naam}"`,
      "Content-Length": String(bestand.byteLength),
      "Cache-Control": "private, no-store",
    },
  });
}
