import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app";

// The HTTP shell in front of every route, with a handler that counts what reaches it.
let server: Server;
let base: string;
let bereikt = 0;

beforeAll(async () => {
  const app = createApp({
    handler: (_req, res) => {
      bereikt++;
      res.send("ok");
    },
  });
  server = app.listen(0);
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("CSRF-bescherming", () => {
  it("weigert een POST van een andere origin met 403 voordat een route iets ziet", async () => {
    const voor = bereikt;
    const res = await fetch(`${base}/r/hollands-midden/visie`, {
      method: "POST",
      headers: { Origin: "https://kwaadwillend.example", "Content-Type": "application/x-www-form-urlencoded" },
      body: "a=b",
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("Verzoek geweigerd");
    expect(bereikt).toBe(voor);
  });

  it.each(["PUT", "PATCH", "DELETE"])("weigert ook %s zonder eigen origin, ook op resource routes", async (method) => {
    const res = await fetch(`${base}/export.csv`, { method, headers: { "Sec-Fetch-Site": "cross-site" } });
    expect(res.status).toBe(403);
  });

  it("weigert een POST zonder Origin en zonder Sec-Fetch-Site", async () => {
    const res = await fetch(`${base}/logout`, { method: "POST" });
    expect(res.status).toBe(403);
  });

  it("weigert een POST met Origin null (bijvoorbeeld uit een sandbox-iframe)", async () => {
    const res = await fetch(`${base}/logout`, { method: "POST", headers: { Origin: "null", "Sec-Fetch-Site": "cross-site" } });
    expect(res.status).toBe(403);
  });

  it("laat een POST van de eigen origin door", async () => {
    const res = await fetch(`${base}/logout`, { method: "POST", headers: { Origin: "http://localhost:3000" } });
    expect(res.status).toBe(200);
  });

  it("laat een POST met alleen Sec-Fetch-Site: same-origin door", async () => {
    const res = await fetch(`${base}/logout`, { method: "POST", headers: { "Sec-Fetch-Site": "same-origin" } });
    expect(res.status).toBe(200);
  });

  it("laat GET altijd door", async () => {
    const res = await fetch(`${base}/`, { headers: { Origin: "https://elders.example" } });
    expect(res.status).toBe(200);
  });
});

describe("beveiligingsheaders", () => {
  it("zet op elke response CSP met nonce, nosniff, referrer-policy en frame-ancestors 'none'", async () => {
    const vorige = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      const een = await fetch(`${base}/`);
      const twee = await fetch(`${base}/`);
      const csp = een.headers.get("content-security-policy")!;
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(twee.headers.get("content-security-policy")).not.toBe(csp);
      expect(een.headers.get("x-content-type-options")).toBe("nosniff");
      expect(een.headers.get("referrer-policy")).toBe("same-origin");
      expect(een.headers.get("x-powered-by")).toBeNull();
      expect(een.headers.get("strict-transport-security")).toBeNull();
    } finally {
      process.env.NODE_ENV = vorige;
    }
  });

  it("zet HSTS wanneer de app via https wordt aangeboden", async () => {
    process.env.PUBLIC_ORIGIN = "https://regiovisie.example.nl";
    try {
      const res = await fetch(`${base}/`);
      expect(res.headers.get("strict-transport-security")).toContain("max-age=");
    } finally {
      delete process.env.PUBLIC_ORIGIN;
    }
  });

  it("zet de headers ook op een geweigerd verzoek", async () => {
    const res = await fetch(`${base}/logout`, { method: "POST", headers: { Origin: "https://kwaadwillend.example" } });
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});
