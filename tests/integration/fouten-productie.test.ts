import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ErrorBoundary } from "../../app/root";
import { ErrorPage } from "../../app/components/error-page";

const GEHEIM =
  "SqliteError: no such column: geheim_veld in SELECT * FROM gebruiker WHERE wachtwoord_hash";

function onverwachteFout(): Error {
  const fout = new Error(GEHEIM);
  fout.stack = `${GEHEIM}\n    at loader (/work/main/app/routes/regio/plan.tsx:12:3)`;
  return fout;
}

function renderBoundary(error: unknown): string {
  const props = {
    error,
    params: {},
    loaderData: undefined,
    actionData: undefined,
  } as unknown as Parameters<typeof ErrorBoundary>[0];
  return renderToString(createElement(ErrorBoundary, props));
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("foutpagina in productie", () => {
  it("toont bij een onverwachte fout de Nederlandse 500-pagina zonder stack of SQL", () => {
    vi.stubEnv("DEV", false);
    const html = renderBoundary(onverwachteFout());
    expect(html).toMatch(/Foutcode (<!-- -->)?500/);
    expect(html).toContain("Er ging iets mis");
    expect(html).not.toContain("SqliteError");
    expect(html).not.toContain("SELECT");
    expect(html).not.toContain("plan.tsx");
    expect(html).not.toContain("<pre");
  });

  it("toont in ontwikkeling wel de stack, zodat de controle hierboven iets bewijst", () => {
    vi.stubEnv("DEV", true);
    expect(renderBoundary(onverwachteFout())).toContain("plan.tsx");
  });

  it("laat de tekst van een 500-melding nooit zien, alleen de vaste uitleg", () => {
    const html = renderToString(
      createElement(ErrorPage, { status: 500, message: GEHEIM }),
    );
    expect(html).toContain("Uw gegevens zijn niet gewijzigd");
    expect(html).not.toContain("SqliteError");
  });

  it("toont bij een onbekende foutcode de 500-uitleg in plaats van niets", () => {
    const html = renderToString(createElement(ErrorPage, { status: 418 }));
    expect(html).toMatch(/Foutcode (<!-- -->)?418/);
    expect(html).toContain("Er ging iets mis");
  });

  it("toont de Nederlandse melding van een geweigerde toegang", () => {
    const html = renderToString(
      createElement(ErrorPage, {
        status: 403,
        message: "U heeft geen toegang tot deze pagina of handeling.",
      }),
    );
    expect(html).toContain("Geen toegang");
    expect(html).toContain("U heeft geen toegang");
  });
});
