-- Version 5: named values kept for everyone who opens the workspace (saved import mappings, local thresholds).
CREATE TABLE setting (
    setting_key   VARCHAR(200)    PRIMARY KEY,
    setting_value VARCHAR(100000) NOT NULL
);
