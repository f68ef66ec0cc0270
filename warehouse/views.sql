-- Views for analysts. CREATE OR REPLACE: `init` and every pass refresh them.
-- docs/warehouse.md shows each one with an example query and its output.
-- They only read the tables' contract columns and the schema's own extras, so
-- a writer's migrate never fails on them. Words and exclusive kinds come from
-- the vocabulary tables (vocabulary_parties, vocabulary_kinds,
-- vocabulary_values) that warehouse/views.py writes from domain/vocabulary.toml
-- just before these views.

-- Each party's current stated conditions (the contract's `positions`).
CREATE OR REPLACE VIEW positions AS
SELECT party, kind, value, since, last_stated_on, article_id
FROM position_state
ORDER BY party, kind, value;

-- Every change of a position, oldest first, with who said it, the words, and
-- where: the seed baseline (is_baseline, from assertions) followed by the
-- changes detected since (position_changes). `sources` counts the articles
-- that carried the change (the first one plus later coverage); `url` is the
-- link as fetched, `canonical_url` the one to share (no utm_ parameters);
-- `sentence`, `rule` and `confidence` say what the reader read and how sure it was.
CREATE OR REPLACE VIEW position_history AS
WITH baseline AS (
    SELECT
        a.assertion_id AS change_id,
        a.party,
        a.kind,
        CASE WHEN a.op = 'withdraw' THEN 'remove'
             WHEN vk.exclusive THEN 'set'
             ELSE 'add' END AS op,
        CASE WHEN a.op = 'withdraw' THEN a.value
             WHEN vk.exclusive THEN lag(a.value) OVER (
                 PARTITION BY a.party, a.kind
                 ORDER BY a.stated_on, ar.published_at, s.span_start, a.assertion_id)
             END AS old_value,
        CASE WHEN a.op = 'withdraw' THEN NULL ELSE a.value END AS new_value,
        a.assertion_id,
        a.article_id,
        a.stated_on,
        ar.fetched_at AS detected_at,
        TRUE AS is_baseline
    FROM assertions a
    JOIN statements s USING (statement_id)
    JOIN articles ar ON ar.article_id = a.article_id
    LEFT JOIN vocabulary_kinds vk ON vk.kind = a.kind  -- exclusive kinds are set, additive ones added
    WHERE a.status = 'baseline'
),
changes AS (
    SELECT change_id, party, kind, op, old_value, new_value, assertion_id, article_id, stated_on, detected_at,
           FALSE AS is_baseline
    FROM position_changes
),
everything AS (
    SELECT * FROM baseline
    UNION ALL
    SELECT * FROM changes
)
SELECT
    e.change_id,
    e.party,
    e.kind,
    e.op,
    e.old_value,
    e.new_value,
    e.stated_on,
    e.detected_at,
    e.is_baseline,
    a.speaker,
    s.quote,
    a.evidence,
    e.article_id,
    ar.outlet,
    ar.title,
    ar.url,
    1 + (SELECT count(*) FROM change_sources cs
         WHERE cs.change_id = e.change_id AND cs.article_id <> e.article_id) AS sources,
    coalesce(nullif(ar.canonical_url, ''), ar.url) AS canonical_url,
    coalesce(nullif(s.sentence, ''), s.quote) AS sentence,
    a.rule,
    a.confidence
FROM everything e
LEFT JOIN assertions a ON a.assertion_id = e.assertion_id
LEFT JOIN statements s ON s.statement_id = a.statement_id
LEFT JOIN articles ar ON ar.article_id = e.article_id
ORDER BY e.stated_on, e.detected_at, e.party, e.kind, e.change_id;

-- Who said how much: one row per speaker as written and the party they speak for.
CREATE OR REPLACE VIEW statements_by_speaker AS
SELECT
    s.speaker,
    s.party,
    count(*) AS statements,
    count(DISTINCT s.article_id) AS articles,
    coalesce(sum(a.n), 0)::BIGINT AS assertions,
    min(s.stated_on) AS first_stated_on,
    max(s.stated_on) AS last_stated_on
FROM statements s
LEFT JOIN (SELECT statement_id, count(*) AS n FROM assertions GROUP BY statement_id) a USING (statement_id)
GROUP BY s.speaker, s.party
ORDER BY statements DESC, s.speaker, s.party;

-- Per outlet: articles stored, originals vs duplicates (syndicated or rewritten
-- copies), seed articles, statements read from them and changes they carried.
CREATE OR REPLACE VIEW coverage_by_outlet AS
SELECT
    coalesce(ar.outlet, '(unknown)') AS outlet,
    count(*) AS articles,
    count(*) FILTER (WHERE ar.duplicate_of IS NULL) AS originals,
    count(*) FILTER (WHERE ar.duplicate_of IS NOT NULL) AS duplicates,
    count(*) FILTER (WHERE ar.is_seed) AS seeds,
    coalesce(sum(st.n), 0)::BIGINT AS statements,
    coalesce(sum(ch.n), 0)::BIGINT AS changes,
    min(ar.published_at)::DATE AS first_published,
    max(ar.published_at)::DATE AS last_published
FROM articles ar
LEFT JOIN (SELECT article_id, count(*) AS n FROM statements GROUP BY article_id) st USING (article_id)
LEFT JOIN (SELECT article_id, count(*) AS n FROM position_changes GROUP BY article_id) ch USING (article_id)
GROUP BY 1
ORDER BY articles DESC, outlet;

-- Per day of publication (the fetch day when a page gave no date).
CREATE OR REPLACE VIEW coverage_by_day AS
SELECT
    coalesce(ar.published_at, ar.fetched_at)::DATE AS day,
    count(*) AS articles,
    count(*) FILTER (WHERE ar.duplicate_of IS NULL) AS originals,
    count(*) FILTER (WHERE ar.duplicate_of IS NOT NULL) AS duplicates,
    count(DISTINCT ar.outlet) AS outlets,
    coalesce(sum(st.n), 0)::BIGINT AS statements,
    coalesce(sum(ch.n), 0)::BIGINT AS changes
FROM articles ar
LEFT JOIN (SELECT article_id, count(*) AS n FROM statements GROUP BY article_id) st USING (article_id)
LEFT JOIN (SELECT article_id, count(*) AS n FROM position_changes GROUP BY article_id) ch USING (article_id)
GROUP BY 1
ORDER BY day;

-- Each original next to each of its copies, with the score that matched them.
CREATE OR REPLACE VIEW article_duplicates AS
SELECT
    o.article_id AS original_id,
    o.outlet AS original_outlet,
    o.title AS original_title,
    o.url AS original_url,
    o.published_at AS original_published_at,
    d.article_id AS duplicate_id,
    d.outlet AS duplicate_outlet,
    d.url AS duplicate_url,
    d.published_at AS duplicate_published_at,
    d.dup_score,
    count(*) OVER (PARTITION BY o.article_id) AS copies
FROM articles d
JOIN articles o ON o.article_id = d.duplicate_of
ORDER BY o.published_at, o.article_id, d.fetched_at, d.article_id;

-- Feeds as the poller sees them, with what they brought in.
CREATE OR REPLACE VIEW feed_health AS
SELECT
    f.name,
    f.url,
    CASE WHEN f.last_polled_at IS NULL THEN 'never polled'
         WHEN coalesce(f.consecutive_failures, 0) = 0 THEN 'ok'
         WHEN f.consecutive_failures < 3 THEN 'failing'
         ELSE 'down' END AS health,
    f.last_status,
    coalesce(f.consecutive_failures, 0) AS consecutive_failures,
    f.last_polled_at,
    f.next_poll_at,
    f.last_error,
    f.failing_since,
    (SELECT count(*) FROM entries e WHERE e.feed_url = f.url) AS entries,
    (SELECT count(*) FROM entries e WHERE e.feed_url = f.url AND e.status = 'pending') AS entries_pending,
    (SELECT count(*) FROM entries e WHERE e.feed_url = f.url AND e.status = 'failed') AS entries_failed,
    (SELECT count(*) FROM articles ar WHERE ar.feed_url = f.url) AS articles
FROM feeds f
ORDER BY consecutive_failures DESC, f.name, f.url;
