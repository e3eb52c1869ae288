-- Version 6: coverage groups the target by organization and by category in one pass. With both
-- columns in one index that pass reads no person rows (./dx bench training, H2, 500,000 people:
-- 0.78 s for both breakdowns against 1.3 s reading the rows).
CREATE INDEX person_org_categories ON person (org_id, categories);
