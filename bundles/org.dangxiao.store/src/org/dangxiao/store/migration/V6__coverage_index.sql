-- Version 6: coverage groups the target by organization and by category in one pass. With both
-- columns in one index that pass reads no person rows, and with the status beside the person in
-- an index of enrollment, asking whether someone completed reads no enrollment rows either
-- (./dx bench training, H2, 500,000 people: the query takes 0.63 s, against 0.72 s with the first
-- index alone and 1.3 s with neither).
CREATE INDEX person_org_categories ON person (org_id, categories);
CREATE INDEX enrollment_person_status ON enrollment (person_id, status, class_id);
