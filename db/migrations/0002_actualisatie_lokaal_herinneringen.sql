CREATE TABLE `actie_uitvoering` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actie_id` integer NOT NULL,
	`gemeente_id` integer NOT NULL,
	`eigenaar_id` integer,
	`status` text DEFAULT 'niet_gestart' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`actie_id`) REFERENCES `actie`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`gemeente_id`) REFERENCES `gemeente`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`eigenaar_id`) REFERENCES `gebruiker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `actie_uitvoering_actie_gemeente` ON `actie_uitvoering` (`actie_id`,`gemeente_id`);--> statement-breakpoint
CREATE INDEX `actie_uitvoering_gemeente` ON `actie_uitvoering` (`gemeente_id`);--> statement-breakpoint
CREATE TABLE `actualisatie_besluit` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`actie_id` integer NOT NULL,
	`besluit` text NOT NULL,
	`reden` text,
	`nieuwe_actie_id` integer,
	`besluit_door_id` integer,
	`aangemaakt_op` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `uitvoeringsplan`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actie_id`) REFERENCES `actie`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`nieuwe_actie_id`) REFERENCES `actie`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`besluit_door_id`) REFERENCES `gebruiker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `actualisatie_besluit_plan_actie` ON `actualisatie_besluit` (`plan_id`,`actie_id`);--> statement-breakpoint
CREATE TABLE `advies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`regio_id` integer NOT NULL,
	`soort` text DEFAULT 'adviesraad' NOT NULL,
	`adviesraad` text NOT NULL,
	`gemeente_id` integer,
	`datum` text NOT NULL,
	`onderwerp` text NOT NULL,
	`aangemaakt_op` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`regio_id`) REFERENCES `regio`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`gemeente_id`) REFERENCES `gemeente`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `advies_regio` ON `advies` (`regio_id`);--> statement-breakpoint
CREATE TABLE `adviespunt` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`advies_id` integer NOT NULL,
	`tekst` text NOT NULL,
	`volgorde` integer NOT NULL,
	`verwerking` text,
	`toelichting` text,
	FOREIGN KEY (`advies_id`) REFERENCES `advies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `adviespunt_advies` ON `adviespunt` (`advies_id`);--> statement-breakpoint
CREATE TABLE `adviespunt_actie` (
	`adviespunt_id` integer NOT NULL,
	`actie_id` integer NOT NULL,
	PRIMARY KEY(`adviespunt_id`, `actie_id`),
	FOREIGN KEY (`adviespunt_id`) REFERENCES `adviespunt`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actie_id`) REFERENCES `actie`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `digest_verzonden` (
	`gebruiker_id` integer NOT NULL,
	`periode` text NOT NULL,
	`outbox_id` integer,
	`aangemaakt_op` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`gebruiker_id`, `periode`),
	FOREIGN KEY (`gebruiker_id`) REFERENCES `gebruiker`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`outbox_id`) REFERENCES `outbox`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `import_sessie` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`gebruiker_id` integer NOT NULL,
	`bestandsnaam` text NOT NULL,
	`kolommen` text NOT NULL,
	`rijen` text NOT NULL,
	`koppeling` text,
	`geimporteerd_op` text,
	`aangemaakt_op` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `uitvoeringsplan`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`gebruiker_id`) REFERENCES `gebruiker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `lokale_kamer` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`gemeente_id` integer NOT NULL,
	`procesregisseur_id` integer,
	`aangemaakt_op` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`gemeente_id`) REFERENCES `gemeente`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`procesregisseur_id`) REFERENCES `gebruiker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `lokale_kamer_gemeente_id_unique` ON `lokale_kamer` (`gemeente_id`);--> statement-breakpoint
CREATE TABLE `mfa_herstelcode` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`gebruiker_id` integer NOT NULL,
	`hash` text NOT NULL,
	`gebruikt_op` text,
	FOREIGN KEY (`gebruiker_id`) REFERENCES `gebruiker`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mfa_herstelcode_gebruiker` ON `mfa_herstelcode` (`gebruiker_id`);--> statement-breakpoint
CREATE TABLE `mijlpaal` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`lokale_kamer_id` integer NOT NULL,
	`template_id` integer,
	`titel` text NOT NULL,
	`volgorde` integer NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`streefdatum` text,
	`gereed_op` text,
	`toelichting` text,
	`document_url` text,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`lokale_kamer_id`) REFERENCES `lokale_kamer`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`template_id`) REFERENCES `mijlpaal_template`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mijlpaal_lokale_kamer` ON `mijlpaal` (`lokale_kamer_id`);--> statement-breakpoint
CREATE TABLE `mijlpaal_template` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`regio_id` integer NOT NULL,
	`titel` text NOT NULL,
	`omschrijving` text,
	`volgorde` integer NOT NULL,
	`actief` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`regio_id`) REFERENCES `regio`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mijlpaal_template_regio` ON `mijlpaal_template` (`regio_id`);--> statement-breakpoint
CREATE TABLE `plan_vaststelling` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`datum` text NOT NULL,
	`besluit` text NOT NULL,
	`besluitnummer` text,
	`vastgesteld_door_id` integer NOT NULL,
	`inhoud` text NOT NULL,
	`aangemaakt_op` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `uitvoeringsplan`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vastgesteld_door_id`) REFERENCES `gebruiker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_vaststelling_plan_id_unique` ON `plan_vaststelling` (`plan_id`);--> statement-breakpoint
CREATE TABLE `reactie` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`actie_id` integer,
	`gemeente_id` integer,
	`organisatie_id` integer,
	`auteur_id` integer NOT NULL,
	`tekst` text NOT NULL,
	`afhandeling` text,
	`antwoord` text,
	`beantwoord_door_id` integer,
	`beantwoord_op` text,
	`idempotency_key` text,
	`aangemaakt_op` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `uitvoeringsplan`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actie_id`) REFERENCES `actie`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`gemeente_id`) REFERENCES `gemeente`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`auteur_id`) REFERENCES `gebruiker`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`beantwoord_door_id`) REFERENCES `gebruiker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reactie_idempotency_key_unique` ON `reactie` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `reactie_plan` ON `reactie` (`plan_id`);--> statement-breakpoint
CREATE TABLE `uitvoering_voortgang` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uitvoering_id` integer NOT NULL,
	`auteur_id` integer NOT NULL,
	`datum` text NOT NULL,
	`status_van` text NOT NULL,
	`status_naar` text NOT NULL,
	`toelichting` text DEFAULT '' NOT NULL,
	`oorzaak` text,
	`gevolg` text,
	`bijsturing` text,
	`idempotency_key` text,
	`aangemaakt_op` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`uitvoering_id`) REFERENCES `actie_uitvoering`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`auteur_id`) REFERENCES `gebruiker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uitvoering_voortgang_idempotency_key_unique` ON `uitvoering_voortgang` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `uitvoering_voortgang_uitvoering` ON `uitvoering_voortgang` (`uitvoering_id`,`datum`);--> statement-breakpoint
ALTER TABLE `actie` ADD `uitvoering_per_gemeente` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `actie` ADD `status_overschreven` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `gebruiker` ADD `digest_frequentie` text DEFAULT 'wekelijks' NOT NULL;--> statement-breakpoint
ALTER TABLE `gebruiker` ADD `agenda_token_hash` text;--> statement-breakpoint
ALTER TABLE `gebruiker` ADD `mfa_secret` text;--> statement-breakpoint
ALTER TABLE `gebruiker` ADD `mfa_actief_sinds` text;--> statement-breakpoint
ALTER TABLE `gebruiker` ADD `mfa_laatste_stap` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `gebruiker_agenda_token_hash_unique` ON `gebruiker` (`agenda_token_hash`);--> statement-breakpoint
ALTER TABLE `sessie` ADD `mfa_voltooid` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `uitvoeringsplan` ADD `besluitnummer` text;--> statement-breakpoint
ALTER TABLE `uitvoeringsplan` ADD `verzonden_op` text;
