/** Configuration comes only from environment variables (README lists them with defaults). */
export function port(): number {
  return Number(process.env.PORT) || 3000;
}

export function publicOrigin(): string {
  const configured = process.env.PUBLIC_ORIGIN?.replace(/\/+$/, "");
  return configured || `http://localhost:${port()}`;
}

export function servedOverHttps(): boolean {
  return publicOrigin().startsWith("https://");
}

export function smtpUrl(): string | undefined {
  return process.env.SMTP_URL || undefined;
}

export function isProduction(): boolean {
  return process.env.NODE_ENV === "production";
}
