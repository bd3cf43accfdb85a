-- A vastgesteld plan's snapshot is the record of what was adopted: never changed, never removed.
CREATE TRIGGER `plan_vaststelling_geen_wijziging` BEFORE UPDATE ON `plan_vaststelling`
BEGIN
  SELECT RAISE(ABORT, 'plan_vaststelling is onveranderlijk');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_vaststelling_geen_verwijdering` BEFORE DELETE ON `plan_vaststelling`
BEGIN
  SELECT RAISE(ABORT, 'plan_vaststelling is onveranderlijk');
END;
