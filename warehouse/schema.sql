-- The SummitWatch warehouse. Column names in the contract are stable; the
-- extra columns are ours. Every statement here is idempotent (IF NOT EXISTS),
-- so `summitwatch init` both creates and migrates. Times are UTC: TIMESTAMPTZ
-- for SummitWatch's own events; older warehouses had TIMESTAMP there, and
-- warehouse/db.py converts those columns once (UTC_COLUMNS).

CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR
);

CREATE TABLE IF NOT EXISTS feeds (
    url                  VARCHAR PRIMARY KEY,  -- as configured
    name                 VARCHAR,
    etag                 VARCHAR,
    last_modified        VARCHAR,
    last_polled_at       TIMESTAMPTZ,
    last_status          VARCHAR,              -- HTTP status, 'not_modified', or an error class
    consecutive_failures INTEGER DEFAULT 0,
    last_error           VARCHAR,
    moved_to             VARCHAR,              -- target of a permanent redirect
    body_hash            VARCHAR,              -- MD5 of the last body: some servers send stale validators
    next_poll_at         TIMESTAMPTZ,          -- backoff after 429/5xx/failures
    entries_seen         BIGINT DEFAULT 0
);

-- The work queue between polling and fetching: a pass that dies after polling
-- leaves its entries here and the next pass fetches them.
CREATE TABLE IF NOT EXISTS entries (
    entry_url     VARCHAR PRIMARY KEY,         -- canonical URL of the feed entry's link
    url           VARCHAR NOT NULL,            -- the link as the feed gave it
    feed_url      VARCHAR,
    title         VARCHAR,
    published_at  TIMESTAMP,
    discovered_at TIMESTAMPTZ NOT NULL,
    status        VARCHAR NOT NULL DEFAULT 'pending',  -- pending|stored|duplicate|failed|refused
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    VARCHAR,
    article_id    VARCHAR
);

CREATE TABLE IF NOT EXISTS articles (
    article_id    VARCHAR PRIMARY KEY,
    url           VARCHAR NOT NULL,
    canonical_url VARCHAR NOT NULL,
    title         VARCHAR,
    outlet        VARCHAR,
    author        VARCHAR,
    language      VARCHAR,
    published_at  TIMESTAMP,
    fetched_at    TIMESTAMP NOT NULL,
    text          VARCHAR,
    text_hash     VARCHAR,                     -- hash of the normalised text (exact duplicates)
    is_seed       BOOLEAN NOT NULL DEFAULT FALSE,
    duplicate_of  VARCHAR,                     -- the article_id it duplicates, else NULL
    dup_score     DOUBLE,                      -- containment score that made it a duplicate
    shingle_count INTEGER,                     -- sampled shingles indexed (near-duplicate lookup)
    feed_url      VARCHAR,
    processed_at  TIMESTAMP                    -- statements extracted and positions updated
);

-- Added after the first release of the table: an extractor error on this article (it is then skipped,
-- not retried forever: one bad page must not stall every later pass).
ALTER TABLE articles ADD COLUMN IF NOT EXISTS process_error VARCHAR;

-- Shingle hashes of each original article, for near-duplicate lookup.
CREATE TABLE IF NOT EXISTS article_shingles (
    article_id VARCHAR NOT NULL,
    band       UBIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS article_shingles_band ON article_shingles (band);
CREATE INDEX IF NOT EXISTS articles_text_hash ON articles (text_hash);
CREATE INDEX IF NOT EXISTS articles_url ON articles (url);
CREATE INDEX IF NOT EXISTS articles_canonical_url ON articles (canonical_url);

CREATE TABLE IF NOT EXISTS statements (
    statement_id VARCHAR PRIMARY KEY,
    article_id   VARCHAR NOT NULL,
    speaker      VARCHAR,
    party        VARCHAR,
    quote        VARCHAR,
    is_direct    BOOLEAN,
    stated_on    DATE,
    span_start   INTEGER,
    span_end     INTEGER,
    extractor    VARCHAR
);

CREATE TABLE IF NOT EXISTS assertions (
    assertion_id VARCHAR PRIMARY KEY,
    statement_id VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    party        VARCHAR NOT NULL,
    kind         VARCHAR NOT NULL,
    value        VARCHAR NOT NULL,
    op           VARCHAR NOT NULL DEFAULT 'assert',  -- assert | withdraw
    evidence     VARCHAR,
    speaker      VARCHAR,
    stated_on    DATE,
    status       VARCHAR                       -- baseline|change|reaffirmed|historical
);

CREATE TABLE IF NOT EXISTS position_changes (
    change_id    VARCHAR PRIMARY KEY,
    party        VARCHAR NOT NULL,
    kind         VARCHAR NOT NULL,
    op           VARCHAR NOT NULL,             -- set|add|remove
    old_value    VARCHAR,
    new_value    VARCHAR,
    assertion_id VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    stated_on    DATE,
    detected_at  TIMESTAMPTZ NOT NULL
);

-- Further coverage of a change (other outlets, syndicated copies).
CREATE TABLE IF NOT EXISTS change_sources (
    change_id    VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    assertion_id VARCHAR,
    added_at     TIMESTAMPTZ NOT NULL,
    reply_status VARCHAR NOT NULL DEFAULT 'pending',  -- pending|sent|skipped: a thread reply in bot mode
    replied_at   TIMESTAMPTZ,
    PRIMARY KEY (change_id, article_id)
);

-- The current position: per party and kind, the values held now.
CREATE TABLE IF NOT EXISTS position_state (
    party          VARCHAR NOT NULL,
    kind           VARCHAR NOT NULL,
    value          VARCHAR NOT NULL,
    since          DATE,
    last_stated_on DATE,
    article_id     VARCHAR,
    assertion_id   VARCHAR,
    PRIMARY KEY (party, kind, value)
);

-- The outbox: one row per change, written in the same transaction as the change.
CREATE TABLE IF NOT EXISTS alerts (
    alert_id   VARCHAR PRIMARY KEY,
    change_id  VARCHAR NOT NULL UNIQUE,
    sink       VARCHAR NOT NULL,               -- webhook|bot|console
    status     VARCHAR NOT NULL DEFAULT 'pending',  -- pending|sent|failed
    attempts   INTEGER NOT NULL DEFAULT 0,
    sent_at    TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    last_error VARCHAR,
    channel    VARCHAR,
    message_ts VARCHAR                         -- Slack ts in bot mode: later coverage goes in its thread
);

CREATE TABLE IF NOT EXISTS runs (
    run_id      VARCHAR PRIMARY KEY,
    started_at  TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    status      VARCHAR,
    summary     JSON
);

-- The reader's explanation of what it read (summitwatch explain, alerts' "why"), and its confidence:
-- alerts go out only for changes at or above `reading.min_confidence`; the change is recorded either way.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS lang VARCHAR;             -- language detected when read (ISO 639-1)
ALTER TABLE statements ADD COLUMN IF NOT EXISTS sentence VARCHAR;       -- the whole sentence (or quote) it is in
ALTER TABLE assertions ADD COLUMN IF NOT EXISTS rule VARCHAR;           -- the rule or feature that produced it
ALTER TABLE assertions ADD COLUMN IF NOT EXISTS confidence DOUBLE;      -- 0-1
ALTER TABLE position_changes ADD COLUMN IF NOT EXISTS confidence DOUBLE; -- the assertion's; alerted when >= threshold

-- Delivery in doubt (issue 10): set when a post leaves, cleared once its outcome is known. Still set on the next
-- pass means a timeout or a pass killed mid-post: bot mode looks the message up, webhook mode labels the re-post.
ALTER TABLE alerts ADD COLUMN IF NOT EXISTS in_flight_since TIMESTAMPTZ;

-- How long a feed has been broken: the time of the first failure of its current run of failures (NULL while it
-- works). `run` and `serve` name every failing feed with it, its last error and its next try.
ALTER TABLE feeds ADD COLUMN IF NOT EXISTS failing_since TIMESTAMPTZ;
