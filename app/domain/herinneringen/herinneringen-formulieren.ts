import { z } from "../zod";

export const DIGEST_FREQUENTIES = ["wekelijks", "maandelijks", "nooit"] as const;
export type DigestFrequentie = (typeof DIGEST_FREQUENTIES)[number];

export const FREQUENTIE_LABELS: Record<DigestFrequentie, string> = {
  wekelijks: "Wekelijks, op maandagochtend",
  maandelijks: "Maandelijks, op de eerste maandag van de maand",
  nooit: "Nooit",
};

export const OPGESLAGEN_MELDING: Record<DigestFrequentie, string> = {
  wekelijks: "Opgeslagen. U ontvangt het overzicht voortaan wekelijks.",
  maandelijks: "Opgeslagen. U ontvangt het overzicht voortaan maandelijks.",
  nooit: "Opgeslagen. U ontvangt geen overzicht meer.",
};

export const HERINNERINGEN_LABELS = {
  digestFrequentie: "Hoe vaak wilt u het overzicht ontvangen?",
  handeling: "Agenda-link",
};

export const HerinneringenSchema = z.object({
  digestFrequentie: z.enum(DIGEST_FREQUENTIES, { error: "Kies wekelijks, maandelijks of nooit." }),
});

export const AgendaLinkSchema = z.object({
  handeling: z.enum(["maken", "intrekken"], { error: "Kies of u een agenda-link wilt maken of intrekken." }),
});
