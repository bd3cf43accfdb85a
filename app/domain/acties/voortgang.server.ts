import { desc, eq } from "drizzle-orm";
import { writeTransaction, type Tx } from "../../../db";
import { ACTIE_STATUSSEN, actie, voortgang, type ActieStatus } from "../../../db/schema";
import type { FieldErrors } from "../../components/form";
import { writeAudit } from "../audit.server";
import { formatDatum, vandaag } from "../format";
import { can, type Actor } from "../permissions";
import { vrijeTekst } from "../vrije-tekst";
import { z } from "../zod";
import { findActieFeiten } from "./actie-feiten.server";
import { verantwoordingVelden, vraagtVerantwoording } from "./status-regels";

const verantwoording = (vraag: string) => vrijeTekst({ max: 1000, label: vraag }).optional();

export const VoortgangSchema = z
  .object({
    status: z.enum(ACTIE_STATUSSEN, { error: "Kies de nieuwe status." }),
    datum: z.iso.date({ error: "Vul een geldige datum in (dag-maand-jaar)." }),
    toelichting: vrijeTekst({ max: 4000, verplicht: "Licht de voortgang kort toe.", label: "De toelichting" }),
    oorzaak: verantwoording("De oorzaak"),
    gevolg: verantwoording("Het gevolg"),
    bijsturing: verantwoording("De bijsturing"),
    idempotencyKey: z
      .string({ error: "Het formulier is onvolledig; laad de pagina opnieuw." })
      .regex(/^[A-Za-z0-9_-]{8,100}$/, "Het formulier is onvolledig; laad de pagina opnieuw."),
  })
  .superRefine((v, ctx) => {
    if (v.datum > vandaag()) ctx.addIssue({ code: "custom", path: ["datum"], message: "De datum kan niet in de toekomst liggen." });
    if (v.datum < "2000-01-01") ctx.addIssue({ code: "custom", path: ["datum"], message: "Vul een geldige datum in." });
    if (!vraagtVerantwoording(v.status)) return;
    const vragen = { oorzaak: "Wat is de oorzaak?", gevolg: "Wat is het gevolg?", bijsturing: "Hoe wordt bijgestuurd?" } as const;
    for (const [veld, vraag] of Object.entries(vragen) as [keyof typeof vragen, string][]) {
      if (!v[veld]) ctx.addIssue({ code: "custom", path: [veld], message: `Bij deze status is een antwoord nodig op: ${vraag}` });
    }
  });

export type VoortgangInvoer = z.infer<typeof VoortgangSchema>;

export type VoortgangResultaat =
  | { ok: true; voortgangId: number; herhaald: boolean; status: ActieStatus }
  | { ok: false; status: 400 | 403 | 404; errors: FieldErrors };

type Schrijven = { ok: true; voortgangId: number; herhaald: boolean; status: ActieStatus } | { ok: false; status: 400; errors: FieldErrors };

/**
 * An earlier voortgang with this idempotency key: the same update again (return it), or a key
 * used by someone else or for another actie (refuse), or none (null).
 */
export function eerdereVoortgang(tx: Tx, sleutel: string, actieId: number, auteurId: number): Schrijven | null {
  const eerder = tx
    .select({ id: voortgang.id, actieId: voortgang.actieId, auteurId: voortgang.auteurId, statusNaar: voortgang.statusNaar })
    .from(voortgang)
    .where(eq(voortgang.idempotencyKey, sleutel))
    .get();
  if (!eerder) return null;
  if (eerder.actieId !== actieId || eerder.auteurId !== auteurId) {
    return { ok: false, status: 400, errors: { form: "Dit formulier is al gebruikt; laad de pagina opnieuw." } };
  }
  return { ok: true, voortgangId: eerder.id, herhaald: true, status: eerder.statusNaar };
}

/**
 * Appends a voortgang row and moves the actie to its status: the one place that does it. The
 * caller has checked tenancy, permission and idempotency, and writes the audit row.
 */
export function voegVoortgangToe(
  tx: Tx,
  rij: { actieId: number; auteurId: number; statusVan: ActieStatus; invoer: VoortgangInvoer; overlegId?: number | null },
  extra: { statusOverschreven?: boolean } = {},
): Schrijven {
  const { actieId, invoer } = rij;
  const laatste = tx
    .select({ datum: voortgang.datum })
    .from(voortgang)
    .where(eq(voortgang.actieId, actieId))
    .orderBy(desc(voortgang.datum), desc(voortgang.id))
    .get();
  if (laatste && invoer.datum < laatste.datum) {
    return {
      ok: false,
      status: 400,
      errors: { datum: `De datum kan niet vóór de laatste voortgangsupdate (${formatDatum(laatste.datum)}) liggen.` },
    };
  }
  const { id } = tx
    .insert(voortgang)
    .values({
      actieId,
      auteurId: rij.auteurId,
      datum: invoer.datum,
      statusVan: rij.statusVan,
      statusNaar: invoer.status,
      toelichting: invoer.toelichting,
      ...verantwoordingVelden(invoer),
      idempotencyKey: invoer.idempotencyKey,
      overlegId: rij.overlegId ?? null,
    })
    .returning({ id: voortgang.id })
    .get();
  tx.update(actie)
    .set({ status: invoer.status, gewijzigdOp: new Date().toISOString(), ...extra })
    .where(eq(actie.id, actieId))
    .run();
  return { ok: true, voortgangId: id, herhaald: false, status: invoer.status };
}

/**
 * Posts a voortgangsupdate: the only way an actie's status changes (DESIGN §3). Runs in one
 * immediate transaction, so concurrent updates are serialised and each sees the status the
 * previous one left. A repeated idempotency key returns the earlier update instead of a duplicate.
 * `overlegId` (made during that meeting) must already be checked to belong to the regio.
 */
export function postVoortgang(
  user: Actor & { ip?: string | null },
  regioId: number,
  actieId: number,
  invoer: VoortgangInvoer,
  opties: { overlegId?: number } = {},
): VoortgangResultaat {
  return writeTransaction((tx): VoortgangResultaat => {
    // Tenancy and permission first: a repeated key must not tell anyone anything they may not know.
    const feiten = findActieFeiten(tx, regioId, actieId);
    if (!feiten) return { ok: false, status: 404, errors: { form: "Deze actie bestaat niet (meer)." } };
    if (!can(user, { recht: "voortgang.plaatsen", actie: feiten })) {
      writeAudit(tx, { regioId, gebruikerId: user.id, ip: user.ip, entiteit: "actie", entiteitId: actieId, actie: "voortgang.plaatsen", resultaat: "geweigerd" });
      return { ok: false, status: 403, errors: { form: "U mag de voortgang van deze actie niet bijwerken." } };
    }

    const eerder = eerdereVoortgang(tx, invoer.idempotencyKey, actieId, user.id);
    if (eerder) return eerder;

    // With uitvoering per gemeente the status follows the gemeenten (issue 5); a toelichting alone is fine.
    if (feiten.uitvoeringPerGemeente && !feiten.statusOverschreven && invoer.status !== feiten.status) {
      return {
        ok: false,
        status: 400,
        errors: {
          status:
            "De status van deze actie volgt uit de uitvoering per gemeente. Werk de voortgang van de gemeente bij, of laat een coördinator de status met de hand vastzetten.",
        },
      };
    }

    const geschreven = voegVoortgangToe(tx, {
      actieId,
      auteurId: user.id,
      statusVan: feiten.status,
      invoer,
      overlegId: opties.overlegId,
    });
    if (!geschreven.ok) return geschreven;
    writeAudit(tx, {
      regioId,
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "actie",
      entiteitId: actieId,
      actie: "voortgang.plaatsen",
      voor: { status: feiten.status },
      na: { status: invoer.status, voortgangId: geschreven.voortgangId, datum: invoer.datum },
    });
    return geschreven;
  });
}
