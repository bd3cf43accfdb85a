CREATE TABLE `agendapunt` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`overleg_id` integer NOT NULL,
	`actie_id` integer NOT NULL,
	`toegevoegd_door_id` integer,
	FOREIGN KEY (`overleg_id`) REFERENCES `overleg`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actie_id`) REFERENCES `actie`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`toegevoegd_door_id`) REFERENCES `gebruiker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agendapunt_overleg_actie` ON `agendapunt` (`overleg_id`,`actie_id`);--> statement-breakpoint
CREATE TABLE `besluit` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`overleg_id` integer NOT NULL,
	`actie_id` integer,
	`tekst` text NOT NULL,
	`auteur_id` integer NOT NULL,
	`idempotency_key` text,
	`aangemaakt_op` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`overleg_id`) REFERENCES `overleg`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actie_id`) REFERENCES `actie`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`auteur_id`) REFERENCES `gebruiker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `besluit_idempotency_key_unique` ON `besluit` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `besluit_overleg` ON `besluit` (`overleg_id`);--> statement-breakpoint
CREATE TABLE `overleg` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`regio_id` integer NOT NULL,
	`datum` text NOT NULL,
	`titel` text NOT NULL,
	`vooruitkijk_weken` integer DEFAULT 6 NOT NULL,
	`aangemaakt_door_id` integer,
	`aangemaakt_op` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`regio_id`) REFERENCES `regio`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`aangemaakt_door_id`) REFERENCES `gebruiker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `overleg_regio_datum` ON `overleg` (`regio_id`,`datum`);--> statement-breakpoint
ALTER TABLE `voortgang` ADD `overleg_id` integer REFERENCES overleg(id);--> statement-breakpoint
CREATE INDEX `voortgang_overleg` ON `voortgang` (`overleg_id`);