import crypto from "node:crypto";
import express, { type RequestHandler } from "express";
import { isSameOriginRequest } from "../app/auth/csrf.server";
import { securityHeaders } from "../app/auth/security-headers.server";

/**
 * The HTTP shell around React Router: security headers and the CSRF check run here, in front of
 * every route (documents, data requests and resource routes alike).
 */
export function createApp(options: {
  handler: RequestHandler;
  staticAssets?: RequestHandler[];
  trustProxy?: boolean;
}) {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", options.trustProxy ?? false);

  app.use((req, res, next) => {
    const nonce = crypto.randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.set(securityHeaders(nonce));
    next();
  });

  app.use((req, res, next) => {
    const allowed = isSameOriginRequest({
      method: req.method,
      origin: req.get("origin"),
      secFetchSite: req.get("sec-fetch-site"),
    });
    if (allowed) return next();
    res
      .status(403)
      .type("text/plain; charset=utf-8")
      .send("Verzoek geweigerd: dit formulier kwam niet van deze website. Laad de pagina opnieuw en probeer het nog eens.");
  });

  for (const assets of options.staticAssets ?? []) app.use(assets);
  app.use(options.handler);
  return app;
}
