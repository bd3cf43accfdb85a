import { and, eq, sql } from "drizzle-orm";
import { db, type Db } from "../../../db";
import { preparedPerConnection } from "../../../db/prepared";
import { actie, actieDoelstelling, actiePartner, inhoudVersie, planVaststelling, regiovisie, uitvoeringsplan } from "../../../db/schema";
import { ACTIE_INHOUD_KOLOMMEN } from "../acties/actie-inhoud-kolommen.server";
import type { InhoudActie, PlanInhoud } from "./inhoud";
import { leesPlanInhoud } from "./plan-inhoud.server";
import { vaststellingSleutel, verschilMetVaststelling, type Vergelijkbaar, type Veldverschil } from "./vergelijken";

/**
 * "Gewijzigd na vaststelling": coordinators may still edit acties of a vastgesteld plan, but the
 * plan and actie pages show what differs from the snapshot that was adopted.
 */

const TOEGEVOEGD: Veldverschil = { veld: "actie", label: "Actie", van: "niet in het vastgestelde plan", naar: "later toegevoegd" };

const vaststellingQuery = preparedPerConnection((d) =>
  d
    .select({ id: planVaststelling.id })
    .from(planVaststelling)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, planVaststelling.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(planVaststelling.planId, sql.placeholder("planId")), eq(regiovisie.regioId, sql.placeholder("regioId"))))
    .prepare(),
);

const snapshotQuery = preparedPerConnection((d) =>
  d
    .select({ inhoud: planVaststelling.inhoud })
    .from(planVaststelling)
    .where(eq(planVaststelling.id, sql.placeholder("id")))
    .prepare(),
);

/** The acties of a vaststelling snapshot, and the comparison key of each. */
function leesSnapshot(vaststellingId: number) {
  const acties = (snapshotQuery().get({ id: vaststellingId })?.inhoud as PlanInhoud | undefined)?.acties ?? [];
  return {
    acties: new Map(acties.map((a) => [a.id, a])),
    sleutels: new Map(acties.map((a) => [a.id, vaststellingSleutel(a)])),
  };
}

/** What the comparison needs of every actie of the plan: values and ids, no names (one query). */
const vergelijkQuery = preparedPerConnection((d) =>
  d
    .select({
      id: actie.id,
      ...ACTIE_INHOUD_KOLOMMEN,
      doelstellingIds: sql<string | null>`(select group_concat(${actieDoelstelling.doelstellingId}) from ${actieDoelstelling} where ${actieDoelstelling.actieId} = ${actie.id})`,
      partners: sql<string | null>`(select group_concat(coalesce('g' || ${actiePartner.gemeenteId}, 'o' || ${actiePartner.organisatieId})) from ${actiePartner} where ${actiePartner.actieId} = ${actie.id})`,
    })
    .from(actie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(actie.planId, sql.placeholder("planId")), eq(regiovisie.regioId, sql.placeholder("regioId"))))
    .prepare(),
);

type VergelijkRij = ReturnType<ReturnType<typeof vergelijkQuery>["all"]>[number];

function betrokkene(gemeenteId: number | null, organisatieId: number | null): Vergelijkbaar["trekker"] {
  if (gemeenteId !== null) return { soort: "gemeente", id: gemeenteId };
  if (organisatieId !== null) return { soort: "organisatie", id: organisatieId };
  return null;
}

function alsVergelijkbaar(r: VergelijkRij): Vergelijkbaar {
  return {
    code: r.code,
    titel: r.titel,
    omschrijving: r.omschrijving,
    niveau: r.niveau,
    deadline: r.deadline,
    beoogdResultaat: r.beoogdResultaat,
    indicator: r.indicator,
    financiering: r.financiering,
    bedragCenten: r.bedragCenten,
    gemeente: r.gemeenteId === null ? null : { id: r.gemeenteId },
    eigenaar: { id: r.eigenaarId },
    trekker: betrokkene(r.trekkerGemeenteId, r.trekkerOrganisatieId),
    // "g12" or "o3": the coalesce above takes the gemeente first, as leesPlanInhoud does.
    partners: (r.partners?.split(",") ?? []).map((p) => ({ soort: p[0] === "g" ? "gemeente" : "organisatie", id: Number(p.slice(1)) })),
    doelstellingen: (r.doelstellingIds?.split(",") ?? []).map((id) => ({ id: Number(id) })),
  };
}

const versiesQuery = preparedPerConnection((d) =>
  d
    .select({
      // A bound JS number is a REAL to SQLite: without the cast the key would read "plan:12.0".
      plan: sql<number | null>`(select ${inhoudVersie.versie} from ${inhoudVersie} where ${inhoudVersie.sleutel} = 'plan:' || cast(${sql.placeholder("planId")} as integer))`,
      namen: sql<number | null>`(select ${inhoudVersie.versie} from ${inhoudVersie} where ${inhoudVersie.sleutel} = 'namen')`,
    })
    .from(sql`(select 1)`)
    .prepare(),
);

/**
 * The last comparison per plan, with the counters it was made under (inhoud_versie, kept by
 * triggers): while no field, partner, doelstelling or name changes, a plan page reuses it instead
 * of comparing 300 acties again. Voortgang moves only the status, which is not compared, so a
 * meeting that posts updates keeps the comparison.
 */
const vergelijkingen = new WeakMap<Db, Map<number, { sleutel: string; uitkomst: Record<number, Veldverschil[]> }>>();
const BEWAARDE_VERGELIJKINGEN = 100;

/**
 * Per actie id of the plan what changed since the vaststelling; empty when there is no snapshot.
 * The result is shared between requests: do not change it.
 */
export function gewijzigdNaVaststelling(regioId: number, planId: number): Record<number, Veldverschil[]> {
  const vaststelling = vaststellingQuery().get({ regioId, planId });
  if (!vaststelling) return {};
  const versies = versiesQuery().get({ planId });
  const sleutel = `${vaststelling.id}:${versies?.plan ?? 0}:${versies?.namen ?? 0}`;
  let perPlan = vergelijkingen.get(db);
  if (!perPlan) vergelijkingen.set(db, (perPlan = new Map()));
  const bewaard = perPlan.get(planId);
  if (bewaard?.sleutel === sleutel) return bewaard.uitkomst;
  const uitkomst = vergelijkMetVaststelling(regioId, planId, vaststelling.id);
  perPlan.delete(planId);
  if (perPlan.size >= BEWAARDE_VERGELIJKINGEN) perPlan.delete(perPlan.keys().next().value!);
  perPlan.set(planId, { sleutel, uitkomst });
  return uitkomst;
}

/**
 * First by ids for every actie, then with names for the few that changed: reading the full content
 * of all acties cost the plan page about 8 ms.
 */
function vergelijkMetVaststelling(regioId: number, planId: number, vaststellingId: number): Record<number, Veldverschil[]> {
  const snapshot = leesSnapshot(vaststellingId);
  const uit: Record<number, Veldverschil[]> = {};
  const anders: number[] = [];
  for (const rij of vergelijkQuery().all({ regioId, planId })) {
    const toen = snapshot.sleutels.get(rij.id);
    if (toen === undefined) uit[rij.id] = [TOEGEVOEGD];
    else if (toen !== vaststellingSleutel(alsVergelijkbaar(rij))) anders.push(rij.id);
  }
  if (anders.length === 0) return uit;
  for (const actueel of leesPlanInhoud(db, regioId, planId, { actieIds: anders })?.acties ?? []) {
    const wijzigingen = verschilMetVaststelling(snapshot.acties.get(actueel.id)!, actueel);
    if (wijzigingen.length) uit[actueel.id] = wijzigingen;
  }
  return uit;
}

/** The same for one actie, reading only that actie from the snapshot (json_each, in SQL). */
export function actieGewijzigdNaVaststelling(regioId: number, actieId: number): { vastgesteldOp: string; wijzigingen: Veldverschil[] } | null {
  const rij = db
    .select({
      planId: actie.planId,
      datum: planVaststelling.datum,
      snapshot: sql<string | null>`(select je.value from json_each(${planVaststelling.inhoud}, '$.acties') je where json_extract(je.value, '$.id') = ${actie.id})`,
    })
    .from(actie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .innerJoin(planVaststelling, eq(planVaststelling.planId, uitvoeringsplan.id))
    .where(and(eq(actie.id, actieId), eq(regiovisie.regioId, regioId)))
    .get();
  if (!rij) return null;
  const huidig = leesPlanInhoud(db, regioId, rij.planId, { actieIds: [actieId] })?.acties[0];
  if (!huidig) return null;
  const wijzigingen = rij.snapshot ? verschilMetVaststelling(JSON.parse(rij.snapshot) as InhoudActie, huidig) : [TOEGEVOEGD];
  return wijzigingen.length ? { vastgesteldOp: rij.datum, wijzigingen } : null;
}
