import { z } from "zod";

// Every message a user can see is Dutch; our schemas give their own messages where it matters,
// Zod's Dutch locale covers the rest (wrong types, odd payloads).
z.config(z.locales.nl());

export { z };
