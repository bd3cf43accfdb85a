import { redirect } from "react-router";
import type { Route } from "./+types/logout";
import { getUser } from "../../auth/current-user.server";
import { clearedSessionCookie, invalidateSession } from "../../auth/session.server";
import { writeTransaction } from "../../../db";
import { writeAudit } from "../../domain/audit.server";

// Logging out changes state, so it is a POST only; a GET just goes home.
export function loader() {
  return redirect("/");
}

export function action({ request, context }: Route.ActionArgs) {
  const user = getUser(request, context?.ip ?? null);
  if (user) {
    writeTransaction((tx) => {
      invalidateSession(user.sessieId, tx);
      writeAudit(tx, { gebruikerId: user.id, ip: user.ip, entiteit: "sessie", entiteitId: user.sessieId, actie: "uitloggen" });
    });
  }
  return redirect("/login", { headers: { "Set-Cookie": clearedSessionCookie() } });
}
