"""The store's tables. One SQLite file per output folder; page text is indexed with FTS5."""

from __future__ import annotations

SCHEMA_VERSION = 2

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    foiakit_version TEXT NOT NULL,
    sources TEXT NOT NULL,         -- JSON list
    settings TEXT NOT NULL,        -- JSON object
    counts TEXT,                   -- JSON object, filled when the run ends
    status TEXT NOT NULL DEFAULT 'running'
);

-- One row per distinct content (sha256); file_paths keeps every path it was found under.
CREATE TABLE IF NOT EXISTS files (
    sha256 TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    file_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    parent_sha256 TEXT,
    parent_message TEXT,
    status TEXT NOT NULL,          -- done | failed
    ingest_fingerprint TEXT,
    extract_fingerprint TEXT,
    run_id INTEGER,
    seconds REAL,
    disk_path TEXT                 -- where the bytes were read from (for re-extraction that reopens a PDF)
);
CREATE TABLE IF NOT EXISTS file_paths (
    sha256 TEXT NOT NULL,
    path TEXT NOT NULL,
    first_run INTEGER,
    PRIMARY KEY (sha256, path)
);

CREATE TABLE IF NOT EXISTS documents (
    sha256 TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    file_type TEXT NOT NULL,
    title TEXT,
    pages INTEGER NOT NULL,
    ocr_pages INTEGER NOT NULL,
    chars INTEGER NOT NULL,
    messages INTEGER NOT NULL DEFAULT 0,
    mean_confidence REAL,
    parent_sha256 TEXT,
    parent_message TEXT
);

CREATE TABLE IF NOT EXISTS pages (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    page INTEGER NOT NULL,
    text TEXT NOT NULL,
    ocr INTEGER NOT NULL,
    ocr_reason TEXT NOT NULL,
    confidence REAL,
    char_count INTEGER NOT NULL,
    width REAL,
    height REAL,
    rotation INTEGER NOT NULL DEFAULT 0,
    bates TEXT,
    UNIQUE (sha256, page)
);
CREATE VIRTUAL TABLE IF NOT EXISTS pages_fts USING fts5(
    text, content='pages', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS pages_ai AFTER INSERT ON pages BEGIN
    INSERT INTO pages_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS pages_ad AFTER DELETE ON pages BEGIN
    INSERT INTO pages_fts(pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TABLE IF NOT EXISTS messages (
    id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    position INTEGER NOT NULL,
    page_start INTEGER,
    page_end INTEGER,
    message_id TEXT,
    from_name TEXT,
    from_address TEXT,
    to_addrs TEXT,
    cc_addrs TEXT,
    bcc_addrs TEXT,
    date TEXT,
    subject TEXT,
    attachments TEXT,
    in_reply_to TEXT,
    refs TEXT,
    thread_id TEXT,
    duplicate_of TEXT,
    quoted INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL,
    body_start INTEGER,
    header_start INTEGER
);
CREATE INDEX IF NOT EXISTS messages_sha ON messages (sha256);

CREATE TABLE IF NOT EXISTS findings (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    file TEXT NOT NULL,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    normalized TEXT NOT NULL,
    detail TEXT NOT NULL,
    page INTEGER,
    message TEXT,
    start INTEGER,
    "end" INTEGER,
    quote TEXT NOT NULL,
    confidence REAL NOT NULL,
    method TEXT NOT NULL,
    ocr INTEGER NOT NULL,
    stage TEXT NOT NULL DEFAULT 'extract'  -- ingest (layout: redactions, Bates) | extract (redone by re-extraction)
);
CREATE INDEX IF NOT EXISTS findings_sha ON findings (sha256);
CREATE INDEX IF NOT EXISTS findings_kind ON findings (kind);

CREATE TABLE IF NOT EXISTS errors (
    id INTEGER PRIMARY KEY,
    run_id INTEGER,
    path TEXT NOT NULL,
    sha256 TEXT,
    stage TEXT NOT NULL,
    kind TEXT NOT NULL,
    message TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS errors_sha ON errors (sha256);

-- What each run's release held (see store/releases.py): `foiakit diff` compares these snapshots.
CREATE TABLE IF NOT EXISTS run_items (
    run_id INTEGER NOT NULL,
    item TEXT NOT NULL,        -- document | message | finding
    key TEXT NOT NULL,
    fields TEXT NOT NULL,      -- JSON: what a diff row shows
    PRIMARY KEY (run_id, item, key)
);
CREATE UNIQUE INDEX IF NOT EXISTS errors_once ON errors (path, stage, kind, message);
"""
