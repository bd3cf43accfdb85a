CREATE TABLE `actie` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`code` text NOT NULL,
	`titel` text NOT NULL,
	`omschrijving` text,
	`niveau` text NOT NULL,
	`gemeente_id` integer,
	`eigenaar_id` integer NOT NULL,
	`trekker_gemeente_id` integer,
	`trekker_organisatie_id` integer,
	`deadline` text NOT NULL,
	`status` text DEFAULT 'niet_gestart' NOT NULL,
	`beoogd_resultaat` text,
	`indicator` text,
	`financiering` text,
	`bedrag_centen` integer,
	`herkomst_actie_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`aangemaakt_op` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`gewijzigd_op` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `uitvoeringsplan`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`gemeente_id`) REFERENCES `gemeente`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`eigenaar_id`) REFERENCES `gebruiker`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`trekker_gemeente_id`) REFERENCES `gemeente`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`trekker_organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`herkomst_actie_id`) REFERENCES `actie`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `actie_plan` ON `actie` (`plan_id`);--> statement-breakpoint
CREATE INDEX `actie_eigenaar` ON `actie` (`eigenaar_id`);--> statement-breakpoint
CREATE INDEX `actie_gemeente` ON `actie` (`gemeente_id`);--> statement-breakpoint
CREATE TABLE `actie_doelstelling` (
	`actie_id` integer NOT NULL,
	`doelstelling_id` integer NOT NULL,
	PRIMARY KEY(`actie_id`, `doelstelling_id`),
	FOREIGN KEY (`actie_id`) REFERENCES `actie`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`doelstelling_id`) REFERENCES `doelstelling`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `actie_doelstelling_doelstelling` ON `actie_doelstelling` (`doelstelling_id`);--> statement-breakpoint
CREATE TABLE `actie_partner` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actie_id` integer NOT NULL,
	`gemeente_id` integer,
	`organisatie_id` integer,
	FOREIGN KEY (`actie_id`) REFERENCES `actie`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`gemeente_id`) REFERENCES `gemeente`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `actie_partner_actie` ON `actie_partner` (`actie_id`);--> statement-breakpoint
CREATE TABLE `actielijn` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`visie_id` integer NOT NULL,
	`code` text NOT NULL,
	`titel` text NOT NULL,
	`omschrijving` text,
	`volgorde` integer NOT NULL,
	FOREIGN KEY (`visie_id`) REFERENCES `regiovisie`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `actielijn_visie` ON `actielijn` (`visie_id`);--> statement-breakpoint
CREATE TABLE `audit` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`regio_id` integer,
	`gebruiker_id` integer,
	`entiteit` text NOT NULL,
	`entiteit_id` text,
	`actie` text NOT NULL,
	`resultaat` text DEFAULT 'ok' NOT NULL,
	`voor` text,
	`na` text,
	`ip` text,
	`tijdstip` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`regio_id`) REFERENCES `regio`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`gebruiker_id`) REFERENCES `gebruiker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_regio_tijdstip` ON `audit` (`regio_id`,`tijdstip`);--> statement-breakpoint
CREATE INDEX `audit_entiteit` ON `audit` (`entiteit`,`entiteit_id`);--> statement-breakpoint
CREATE TABLE `doelstelling` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actielijn_id` integer NOT NULL,
	`code` text NOT NULL,
	`tekst` text NOT NULL,
	`volgorde` integer NOT NULL,
	`ingetrokken` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`actielijn_id`) REFERENCES `actielijn`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `doelstelling_actielijn` ON `doelstelling` (`actielijn_id`);--> statement-breakpoint
CREATE TABLE `eenmalige_link` (
	`hash` text PRIMARY KEY NOT NULL,
	`gebruiker_id` integer NOT NULL,
	`soort` text NOT NULL,
	`verloopt_op` text NOT NULL,
	`gebruikt_op` text,
	`aangemaakt_op` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`gebruiker_id`) REFERENCES `gebruiker`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `eenmalige_link_gebruiker` ON `eenmalige_link` (`gebruiker_id`);--> statement-breakpoint
CREATE TABLE `gebruiker` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`naam` text NOT NULL,
	`password_hash` text,
	`actief` integer DEFAULT true NOT NULL,
	`wachtwoord_gewijzigd_op` text,
	`aangemaakt_op` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `gebruiker_email_unique` ON `gebruiker` (`email`);--> statement-breakpoint
CREATE TABLE `gemeente` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`regio_id` integer NOT NULL,
	`subregio_id` integer,
	`naam` text NOT NULL,
	`slug` text NOT NULL,
	`is_centrumgemeente` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`regio_id`) REFERENCES `regio`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subregio_id`) REFERENCES `subregio`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `gemeente_regio_slug` ON `gemeente` (`regio_id`,`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `gemeente_regio_naam` ON `gemeente` (`regio_id`,`naam`);--> statement-breakpoint
CREATE TABLE `inlogpoging` (
	`sleutel` text PRIMARY KEY NOT NULL,
	`mislukt` integer DEFAULT 0 NOT NULL,
	`laatste_op` text NOT NULL,
	`geblokkeerd_tot` text
);
--> statement-breakpoint
CREATE TABLE `lidmaatschap` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`gebruiker_id` integer NOT NULL,
	`regio_id` integer,
	`rol` text NOT NULL,
	`gemeente_id` integer,
	`organisatie_id` integer,
	FOREIGN KEY (`gebruiker_id`) REFERENCES `gebruiker`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`regio_id`) REFERENCES `regio`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`gemeente_id`) REFERENCES `gemeente`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `lidmaatschap_gebruiker_regio` ON `lidmaatschap` (`gebruiker_id`,`regio_id`);--> statement-breakpoint
CREATE INDEX `lidmaatschap_regio` ON `lidmaatschap` (`regio_id`);--> statement-breakpoint
CREATE TABLE `organisatie` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`regio_id` integer NOT NULL,
	`naam` text NOT NULL,
	`soort` text DEFAULT 'overig' NOT NULL,
	FOREIGN KEY (`regio_id`) REFERENCES `regio`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisatie_regio_naam` ON `organisatie` (`regio_id`,`naam`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`aan` text NOT NULL,
	`onderwerp` text NOT NULL,
	`tekst` text NOT NULL,
	`aangemaakt_op` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`verzonden_op` text,
	`fout` text
);
--> statement-breakpoint
CREATE TABLE `regio` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`naam` text NOT NULL,
	`niet_bijgewerkt_weken` integer DEFAULT 8 NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`aangemaakt_op` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `regio_slug_unique` ON `regio` (`slug`);--> statement-breakpoint
CREATE TABLE `regiovisie` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`regio_id` integer NOT NULL,
	`titel` text NOT NULL,
	`periode_start` integer NOT NULL,
	`periode_eind` integer NOT NULL,
	`centrale_ambitie` text NOT NULL,
	`vorige` text,
	FOREIGN KEY (`regio_id`) REFERENCES `regio`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `regiovisie_regio` ON `regiovisie` (`regio_id`);--> statement-breakpoint
CREATE TABLE `sessie` (
	`id` text PRIMARY KEY NOT NULL,
	`gebruiker_id` integer NOT NULL,
	`secret_hash` blob NOT NULL,
	`aangemaakt_op` text NOT NULL,
	`laatst_gezien_op` text NOT NULL,
	FOREIGN KEY (`gebruiker_id`) REFERENCES `gebruiker`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessie_gebruiker` ON `sessie` (`gebruiker_id`);--> statement-breakpoint
CREATE TABLE `subregio` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`regio_id` integer NOT NULL,
	`naam` text NOT NULL,
	`centrumgemeente_id` integer,
	FOREIGN KEY (`regio_id`) REFERENCES `regio`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`centrumgemeente_id`) REFERENCES `gemeente`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subregio_regio_naam` ON `subregio` (`regio_id`,`naam`);--> statement-breakpoint
CREATE TABLE `uitgangspunt` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`visie_id` integer NOT NULL,
	`tekst` text NOT NULL,
	`volgorde` integer NOT NULL,
	FOREIGN KEY (`visie_id`) REFERENCES `regiovisie`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `uitvoeringsplan` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`visie_id` integer NOT NULL,
	`jaar` integer NOT NULL,
	`status` text DEFAULT 'concept' NOT NULL,
	`vastgesteld_op` text,
	`vastgesteld_door_id` integer,
	`besluit` text,
	`vorig_plan_id` integer,
	FOREIGN KEY (`visie_id`) REFERENCES `regiovisie`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vastgesteld_door_id`) REFERENCES `gebruiker`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vorig_plan_id`) REFERENCES `uitvoeringsplan`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uitvoeringsplan_visie_jaar` ON `uitvoeringsplan` (`visie_id`,`jaar`);--> statement-breakpoint
CREATE TABLE `voortgang` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actie_id` integer NOT NULL,
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
	FOREIGN KEY (`actie_id`) REFERENCES `actie`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`auteur_id`) REFERENCES `gebruiker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `voortgang_idempotency_key_unique` ON `voortgang` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `voortgang_actie_datum` ON `voortgang` (`actie_id`,`datum`);