CREATE TABLE `inhoud_versie` (
	`sleutel` text PRIMARY KEY NOT NULL,
	`versie` integer NOT NULL
);
--> statement-breakpoint
-- Counts every change of what "gewijzigd na vaststelling" compares (not the status, which moves by
-- voortgang), per plan, and of the names it shows. The plan page reuses its comparison while the
-- counters stand still. Triggers, so that no write path can forget it.
CREATE TRIGGER `inhoud_versie_actie_nieuw` AFTER INSERT ON `actie`
BEGIN
  INSERT INTO `inhoud_versie` (`sleutel`, `versie`) VALUES ('plan:' || NEW.`plan_id`, 1)
    ON CONFLICT (`sleutel`) DO UPDATE SET `versie` = `versie` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `inhoud_versie_actie_weg` AFTER DELETE ON `actie`
BEGIN
  INSERT INTO `inhoud_versie` (`sleutel`, `versie`) VALUES ('plan:' || OLD.`plan_id`, 1)
    ON CONFLICT (`sleutel`) DO UPDATE SET `versie` = `versie` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `inhoud_versie_actie_gewijzigd` AFTER UPDATE OF `plan_id`, `code`, `titel`, `omschrijving`, `niveau`, `gemeente_id`, `eigenaar_id`, `trekker_gemeente_id`,
  `trekker_organisatie_id`, `deadline`, `beoogd_resultaat`, `indicator`, `financiering`, `bedrag_centen` ON `actie`
BEGIN
  INSERT INTO `inhoud_versie` (`sleutel`, `versie`) VALUES ('plan:' || OLD.`plan_id`, 1)
    ON CONFLICT (`sleutel`) DO UPDATE SET `versie` = `versie` + 1;
  INSERT INTO `inhoud_versie` (`sleutel`, `versie`) VALUES ('plan:' || NEW.`plan_id`, 1)
    ON CONFLICT (`sleutel`) DO UPDATE SET `versie` = `versie` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `inhoud_versie_actie_partner_nieuw` AFTER INSERT ON `actie_partner`
BEGIN
  INSERT INTO `inhoud_versie` (`sleutel`, `versie`) SELECT 'plan:' || `plan_id`, 1 FROM `actie` WHERE `id` = NEW.`actie_id`
    ON CONFLICT (`sleutel`) DO UPDATE SET `versie` = `versie` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `inhoud_versie_actie_partner_weg` AFTER DELETE ON `actie_partner`
BEGIN
  INSERT INTO `inhoud_versie` (`sleutel`, `versie`) SELECT 'plan:' || `plan_id`, 1 FROM `actie` WHERE `id` = OLD.`actie_id`
    ON CONFLICT (`sleutel`) DO UPDATE SET `versie` = `versie` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `inhoud_versie_actie_partner_gewijzigd` AFTER UPDATE ON `actie_partner`
BEGIN
  INSERT INTO `inhoud_versie` (`sleutel`, `versie`) SELECT 'plan:' || `plan_id`, 1 FROM `actie` WHERE `id` = OLD.`actie_id`
    ON CONFLICT (`sleutel`) DO UPDATE SET `versie` = `versie` + 1;
  INSERT INTO `inhoud_versie` (`sleutel`, `versie`) SELECT 'plan:' || `plan_id`, 1 FROM `actie` WHERE `id` = NEW.`actie_id`
    ON CONFLICT (`sleutel`) DO UPDATE SET `versie` = `versie` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `inhoud_versie_actie_doelstelling_nieuw` AFTER INSERT ON `actie_doelstelling`
BEGIN
  INSERT INTO `inhoud_versie` (`sleutel`, `versie`) SELECT 'plan:' || `plan_id`, 1 FROM `actie` WHERE `id` = NEW.`actie_id`
    ON CONFLICT (`sleutel`) DO UPDATE SET `versie` = `versie` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `inhoud_versie_actie_doelstelling_weg` AFTER DELETE ON `actie_doelstelling`
BEGIN
  INSERT INTO `inhoud_versie` (`sleutel`, `versie`) SELECT 'plan:' || `plan_id`, 1 FROM `actie` WHERE `id` = OLD.`actie_id`
    ON CONFLICT (`sleutel`) DO UPDATE SET `versie` = `versie` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `inhoud_versie_actie_doelstelling_gewijzigd` AFTER UPDATE ON `actie_doelstelling`
BEGIN
  INSERT INTO `inhoud_versie` (`sleutel`, `versie`) SELECT 'plan:' || `plan_id`, 1 FROM `actie` WHERE `id` = OLD.`actie_id`
    ON CONFLICT (`sleutel`) DO UPDATE SET `versie` = `versie` + 1;
  INSERT INTO `inhoud_versie` (`sleutel`, `versie`) SELECT 'plan:' || `plan_id`, 1 FROM `actie` WHERE `id` = NEW.`actie_id`
    ON CONFLICT (`sleutel`) DO UPDATE SET `versie` = `versie` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `inhoud_versie_gebruiker_naam` AFTER UPDATE OF `naam` ON `gebruiker`
BEGIN
  INSERT INTO `inhoud_versie` (`sleutel`, `versie`) VALUES ('namen', 1)
    ON CONFLICT (`sleutel`) DO UPDATE SET `versie` = `versie` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `inhoud_versie_gemeente_naam` AFTER UPDATE OF `naam` ON `gemeente`
BEGIN
  INSERT INTO `inhoud_versie` (`sleutel`, `versie`) VALUES ('namen', 1)
    ON CONFLICT (`sleutel`) DO UPDATE SET `versie` = `versie` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `inhoud_versie_organisatie_naam` AFTER UPDATE OF `naam` ON `organisatie`
BEGIN
  INSERT INTO `inhoud_versie` (`sleutel`, `versie`) VALUES ('namen', 1)
    ON CONFLICT (`sleutel`) DO UPDATE SET `versie` = `versie` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `inhoud_versie_doelstelling_code` AFTER UPDATE OF `code` ON `doelstelling`
BEGIN
  INSERT INTO `inhoud_versie` (`sleutel`, `versie`) VALUES ('namen', 1)
    ON CONFLICT (`sleutel`) DO UPDATE SET `versie` = `versie` + 1;
END;
