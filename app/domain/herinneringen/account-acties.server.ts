import { data } from "react-router";
import { parseForm } from "../form-data";
import { agendaUrl, maakAgendaLink, trekAgendaLinkIn } from "./agenda-link.server";
import { AgendaLinkSchema, HerinneringenSchema } from "./herinneringen-formulieren";
import { wijzigDigestFrequentie } from "./voorkeur.server";

export type HerinneringenIntent = "herinneringen" | "agenda-link";

export function isHerinneringenIntent(intent: unknown): intent is HerinneringenIntent {
  return intent === "herinneringen" || intent === "agenda-link";
}

/** The two forms of "Herinneringen en agenda" on /account; the user can only change their own. */
export function herinneringenActie(intent: HerinneringenIntent, formData: FormData, user: { id: number; ip: string | null }) {
  if (intent === "herinneringen") {
    const parsed = parseForm(formData, HerinneringenSchema);
    if (!parsed.ok) return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    wijzigDigestFrequentie(user, parsed.data.digestFrequentie);
    return data({ intent, opgeslagen: parsed.data.digestFrequentie });
  }
  const parsed = parseForm(formData, AgendaLinkSchema);
  if (!parsed.ok) return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
  if (parsed.data.handeling === "intrekken") {
    trekAgendaLinkIn(user);
    return data({ intent, ingetrokken: true });
  }
  // Shown once, in this response only: the database keeps just its hash.
  const { token, vervangen } = maakAgendaLink(user);
  return data({ intent, agendaUrl: agendaUrl(token), vervangen }, { headers: { "Cache-Control": "no-store" } });
}
