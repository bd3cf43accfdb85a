/** Messages of the import that the page itself shows too (so not in a .server module). */
export const ALLEEN_CONCEPT_IMPORT = "U kunt alleen importeren in een uitvoeringsplan dat nog concept is.";
