import { data } from "react-router";
import type { Route } from "./+types/plan-export-csv";
import { requireRegio, requireUser } from "../../auth/guards.server";
import { maakCsv } from "../../domain/spreadsheet/csv-export";
import { exportBestandsnaam, laadExport } from "../../domain/spreadsheet/export-gegevens.server";

/** The plan (with the plan page's filters from the query string) as a CSV for Dutch Excel. */
export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const jaar = /^\d{4}$/.test(params.jaar) ? Number(params.jaar) : null;
  const gegevens = jaar === null ? null : laadExport(user, regio, jaar, new URL(request.url).searchParams);
  if (!gegevens) throw data("Deze regio heeft geen uitvoeringsplan voor dit jaar.", { status: 404 });
  const bytes = new TextEncoder().encode(maakCsv(gegevens.alle));
  return new Response(bytes, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportBestandsnaam(regio.slug, gegevens.plan.jaar, "csv")}"`,
      "Content-Length": String(bytes.byteLength),
      "Cache-Control": "private, no-store",
    },
  });
}
