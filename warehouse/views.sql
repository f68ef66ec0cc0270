-- Views for analysts. CREATE OR REPLACE: `init` refreshes them on upgrade.

-- Each party's current stated conditions (the contract's `positions`).
CREATE OR REPLACE VIEW positions AS
SELECT party, kind, value, since, last_stated_on, article_id
FROM position_state
ORDER BY party, kind, value;
