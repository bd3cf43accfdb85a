import { redirect } from "react-router";
import type { Route } from "./+types/logout";
import { clearedSessionCookie, invalidateSession, sessionTokenFromRequest, validateSessionToken } from "../../auth/session.server";
import { writeTransaction } from "../../../db";
import { writeAudit } from "../../domain/audit.server";

// Logging out changes state, so it is a POST only; a GET just goes home.
export function loader() {
  return redirect("/");
}

/** Ends this browser's session; also a half login that waits for its second factor ("Stoppen"). */
export function action({ request, context }: Route.ActionArgs) {
  const token = sessionTokenFromRequest(request);
  const session = token ? validateSessionToken(token) : null;
  if (session) {
    writeTransaction((tx) => {
      invalidateSession(session.id, tx);
      writeAudit(tx, {
        gebruikerId: session.gebruikerId,
        ip: context?.ip ?? null,
        entiteit: "sessie",
        entiteitId: session.id,
        actie: session.mfaVoltooid ? "uitloggen" : "inloggen.afgebroken",
      });
    });
  }
  return redirect("/login", { headers: { "Set-Cookie": clearedSessionCookie() } });
}
