DROP INDEX `voortgang_overleg`;--> statement-breakpoint
CREATE INDEX `voortgang_overleg_actie` ON `voortgang` (`overleg_id`,`actie_id`);