import type { Route } from "./+types/agenda";
import { agendaVoorToken } from "../domain/herinneringen/agenda.server";
import { tokenUitBestandsnaam } from "../domain/herinneringen/agenda-link.server";

/**
 * The personal calendar feed at /agenda/<token>.ics. Calendar apps cannot sign in, so the secret
 * URL is the credential; anything that is not a live token gets the same bare 404.
 */
export function loader({ params }: Route.LoaderArgs) {
  const token = tokenUitBestandsnaam(params.bestand);
  const kalender = token ? agendaVoorToken(token) : null;
  if (!kalender) {
    throw new Response("Niet gevonden.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(kalender.toString(), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="deadlines.ics"',
      "Cache-Control": "private, max-age=300",
      "X-Robots-Tag": "noindex",
    },
  });
}
