import type { Route } from "./+types/gemeenten-matrix-xlsx";
import { requireRegio, requireUser } from "../../auth/guards.server";
import { laadMatrix } from "../../domain/gemeenten/matrix.server";
import { maakMatrixXlsx, matrixBestandsnaam, XLSX_CONTENT_TYPE } from "../../domain/gemeenten/matrix-xlsx.server";

/** The regio matrix (with the page's choices from the query string) as an .xlsx download. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const matrix = laadMatrix(regio.id, new URL(request.url).searchParams);
  const bestand = await maakMatrixXlsx(matrix, regio.naam);
  return new Response(new Uint8Array(bestand), {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${matrixBestandsnaam(regio.slug, matrix.plan?.jaar ?? null, matrix.weergave)}"`,
      "Content-Length": String(bestand.byteLength),
      "Cache-Control": "private, no-store",
    },
  });
}
