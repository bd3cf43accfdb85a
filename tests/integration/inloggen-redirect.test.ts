import { describe, expect, it } from "vitest";
import { action as login } from "../../app/routes/account/login";
import { ORIGIN, postRequest, run, testContext } from "../helpers/http";
import { DEMO_PASSWORD } from "../helpers/paths";

describe("inloggen: waarheen na het inloggen", () => {
  it.each(["/\t/evil.example", "/\n/evil.example", "/\\evil.example", "//evil.example", "/r/😀"])(
    "een redirectTo %j brengt de gebruiker nooit naar een andere site en geeft nooit een 500",
    async (redirectTo) => {
      const uit = await run(() =>
        login({
          request: postRequest("/login", { email: "beleid@voorschoten.example", password: DEMO_PASSWORD, redirectTo }),
          params: {},
          context: testContext,
        } as never),
      );
      expect(uit.status).toBe(302);
      expect(new URL(uit.location!, ORIGIN).origin).toBe(ORIGIN);
    },
  );

  it("brengt de gebruiker wel terug naar een pad op deze site, met zoekvraag", async () => {
    const uit = await run(() =>
      login({
        request: postRequest("/login", { email: "beleid@voorschoten.example", password: DEMO_PASSWORD, redirectTo: "/r/hollands-midden/plannen/2026?status=vertraagd" }),
        params: {},
        context: testContext,
      } as never),
    );
    expect(uit.status).toBe(302);
    expect(uit.location).toBe("/r/hollands-midden/plannen/2026?status=vertraagd");
  });
});
