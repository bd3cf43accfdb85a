import { redirect } from "react-router";
import type { Route } from "./+types/home";
import { requireUser } from "../auth/guards.server";
import { db } from "../../db";
import { regio } from "../../db/schema";
import { isBeheerder, ROL_LABELS } from "../domain/permissions";
import { AppShell } from "../components/app-shell";

export const meta: Route.MetaFunction = () => [{ title: "Kies een regio — Regiovisie Uitvoeringsplan" }];

export function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regios = isBeheerder(user)
    ? db
        .select({ slug: regio.slug, naam: regio.naam })
        .from(regio)
        .orderBy(regio.naam)
        .all()
        .map((r) => ({ ...r, rol: undefined as string | undefined }))
    : user.rollen
        .filter((r) => r.regioSlug && r.regioNaam)
        .map((r) => ({ slug: r.regioSlug as string, naam: r.regioNaam as string, rol: ROL_LABELS[r.rol] }));
  if (regios.length === 1 && !isBeheerder(user)) throw redirect(`/r/${regios[0].slug}`);
  return {
    user: { naam: user.naam, rolLabel: isBeheerder(user) ? ROL_LABELS.beheerder : undefined, beheer: isBeheerder(user) },
    regios,
  };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { regios, user } = loaderData;
  return (
    <AppShell user={{ naam: user.naam, rol: user.rolLabel ?? "Meerdere regio's" }} toonBeheer={user.beheer}>
      <h1>Kies een regio</h1>
      {regios.length === 0 ? (
        <p className="mt-4">
          U heeft nog geen rol in een regio. Vraag de regiocoördinator van uw regio om u toegang te geven.
        </p>
      ) : (
        <ul className="mt-6 grid gap-4 sm:grid-cols-2">
          {regios.map((r) => (
            <li key={r.slug}>
              <a
                href={`/r/${r.slug}`}
                className="block rounded border border-slate-300 bg-white p-5 text-lg font-semibold no-underline shadow-sm hover:border-primary-700"
              >
                {r.naam}
                {r.rol ? <span className="mt-1 block text-sm font-normal text-slate-700">{r.rol}</span> : null}
              </a>
            </li>
          ))}
        </ul>
      )}
    </AppShell>
  );
}
