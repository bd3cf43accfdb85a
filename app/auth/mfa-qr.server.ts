import QRCode from "qrcode";
import { secretInGroups, totpUri } from "./totp.server";

export interface MfaInstelGegevens {
  /** The otpauth URI as an SVG in a data: URI; the CSP allows data: images (img-src 'self' data:). */
  qrDataUri: string;
  /** The secret in groups of four, for those who type it into the app instead of scanning. */
  geheimInGroepen: string;
}

/** What the set-up screen shows for a secret. Rendered on the server, so no QR library ships to the browser. */
export async function mfaInstelGegevens(geheim: string, email: string): Promise<MfaInstelGegevens> {
  const svg = await QRCode.toString(totpUri(geheim, email), { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return {
    qrDataUri: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
    geheimInGroepen: secretInGroups(geheim),
  };
}
