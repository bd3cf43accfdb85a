// Same limits as password.server.ts. Apart from the Zod schemas in password-rules.ts, so the
// password fields can show the minimum without loading Zod in the browser.
export const MIN_WACHTWOORD_LENGTE = 12;
export const MAX_WACHTWOORD_LENGTE = 256;
