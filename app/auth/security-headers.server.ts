import { isProduction, servedOverHttps } from "../config.server";

/** Headers for every response; the nonce lets React Router's own inline scripts run. */
export function securityHeaders(nonce: string): Record<string, string> {
  // Vite's dev server injects inline scripts and connects over a websocket for hot reload.
  const devScript = isProduction() ? "" : " 'unsafe-inline' 'unsafe-eval'";
  const scriptSrc = isProduction() ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : `'self'${devScript}`;
  const csp = [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${isProduction() ? "" : " ws: wss:"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const headers: Record<string, string> = {
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  };
  if (servedOverHttps()) {
    headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  }
  return headers;
}
