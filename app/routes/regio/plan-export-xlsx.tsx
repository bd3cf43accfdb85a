import { data } from "react-router";
import type { Route } from "./+types/plan-export-xlsx";
import { requireRegio, requireUser } from "../../auth/guards.server";
import { exportBestandsnaam, laadExport } from "../../domain/spreadsheet/export-gegevens.server";
import { maakXlsx, XLSX_CONTENT_TYPE } from "../../domain/spreadsheet/xlsx-export.server";

/** The plan (with the plan page's filters from the query string) as an .xlsx download. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const jaar = /^\d{4}$/.test(params.jaar) ? Number(params.jaar) : null;
  const gegevens = jaar === null ? null : laadExport(user, regio, jaar, new URL(request.url).searchParams);
  if (!gegevens) throw data("Deze regio heeft geen uitvoeringsplan voor dit jaar.", { status: 404 });
  const bestand = await maakXlsx(gegevens);
  return new Response(new Uint8Array(bestand), {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${exportBestandsnaam(regio.slug, gegevens.plan.jaar, "xlsx")}"`,
      "Content-Length": String(bestand.byteLength),
      "Cache-Control": "private, no-store",
    },
  });
}
