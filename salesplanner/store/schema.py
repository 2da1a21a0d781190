"""The database schema and its ordered migrations: the one place the tables are defined.

Conventions
-----------
* Amounts are integer fen (1 yuan = 100 fen) in columns named ``*_fen``.
* Dates are ISO text ``YYYY-MM-DD``; timestamps ISO text in UTC.
* Times of day in a time block are minutes after midnight (``start_min``/``end_min``).
* Activity types are referenced by their stable ``code`` (``visit``, ``phone`` …).

To change the schema, append a function to ``MIGRATIONS``; never edit a released one.
``SCHEMA_VERSION`` (stored in ``PRAGMA user_version``) is the number of migrations.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

# (code, Chinese name, English name, colour, counts as customer development, sort)
DEFAULT_ACTIVITY_TYPES: list[tuple[str, str, str, str, int, int]] = [
    ("visit", "新客户拜访", "New-customer visit", "#2e7d32", 1, 10),
    ("phone", "电话拜访", "Phone visit", "#66bb6a", 1, 20),
    ("followup", "客户跟进", "Follow-up", "#1e88e5", 0, 30),
    ("proposal", "撰写提案", "Proposal", "#8e24aa", 0, 40),
    ("negotiation", "合同谈判", "Negotiation", "#e53935", 0, 50),
    ("contract", "签约成交", "Contract", "#c62828", 0, 55),
    ("event", "行业活动", "Industry event", "#fb8c00", 1, 60),
    ("review", "总结规划", "Review & planning", "#546e7a", 0, 70),
    ("learning", "学习提升", "Learning", "#00897b", 0, 80),
    ("admin", "行政事务", "Admin", "#8d6e63", 0, 90),
    ("buffer", "缓冲时间", "Buffer", "#bdbdbd", 0, 100),
]

# (key, default win probability %, sort, outcome): domain.opportunities.DEFAULT_STAGES
DEFAULT_STAGES: list[tuple[str, int, int, str]] = [
    ("lead", 10, 10, "open"),
    ("first_visit", 20, 20, "open"),
    ("needs", 40, 30, "open"),
    ("proposal", 60, 40, "open"),
    ("negotiation", 80, 50, "open"),
    ("won", 100, 90, "won"),
    ("lost", 0, 100, "lost"),
]


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run several statements inside the caller's transaction.

    (``executescript`` would COMMIT first, breaking the one-transaction-per-migration rule.)
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip() and not statement.strip().startswith("--"):
        raise ValueError(f"incomplete SQL statement: {statement!r}")


def _m001_initial(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL            -- JSON
        );

        CREATE TABLE activity_types (
            code          TEXT PRIMARY KEY,
            name_zh       TEXT NOT NULL,
            name_en       TEXT NOT NULL,
            color         TEXT NOT NULL,
            customer_dev  INTEGER NOT NULL DEFAULT 0,   -- counts as customer development
            sort          INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE goals (
            id              INTEGER PRIMARY KEY,
            title           TEXT NOT NULL,
            statement       TEXT NOT NULL DEFAULT '',   -- S: the written goal
            focus           TEXT NOT NULL DEFAULT '',   -- S: product line / segment / channel
            relevance       TEXT NOT NULL DEFAULT '',   -- R: company focus it serves
            unit            TEXT NOT NULL DEFAULT 'yuan',
            target_fen      INTEGER NOT NULL CHECK (target_fen >= 0),
            period_kind     TEXT NOT NULL CHECK (period_kind IN ('year','quarter','month')),
            start_date      TEXT NOT NULL,
            end_date        TEXT NOT NULL,
            status          TEXT NOT NULL DEFAULT 'active'
                            CHECK (status IN ('draft','active','done','abandoned')),
            baseline_method TEXT NOT NULL DEFAULT 'last',
            baseline_fen    INTEGER,
            uplift_pct      TEXT NOT NULL DEFAULT '15',  -- Decimal as text
            rounding_fen    INTEGER NOT NULL DEFAULT 1000000,
            history_json    TEXT NOT NULL DEFAULT '[]',  -- [{label, amount_fen}]
            factors_json    TEXT NOT NULL DEFAULT '[]',  -- [{name, sign, pct, note}]
            breakdown_method TEXT NOT NULL DEFAULT 'ramp',
            funnel_json     TEXT NOT NULL DEFAULT '{}',  -- deal size, stage rates, follow-ups/day
            verdict         TEXT NOT NULL DEFAULT '',
            version         INTEGER NOT NULL DEFAULT 1,
            created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
            updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
            CHECK (end_date >= start_date)
        );

        -- Earlier versions of a goal and target revisions: never overwritten.
        CREATE TABLE goal_versions (
            id          INTEGER PRIMARY KEY,
            goal_id     INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
            version     INTEGER NOT NULL,
            saved_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
            reason      TEXT NOT NULL DEFAULT '',
            target_fen  INTEGER NOT NULL,
            snapshot_json TEXT NOT NULL,                 -- the goal row and its breakdown
            UNIQUE (goal_id, version)
        );

        CREATE TABLE period_targets (
            id          INTEGER PRIMARY KEY,
            goal_id     INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
            level       TEXT NOT NULL CHECK (level IN ('month','week','day')),
            start_date  TEXT NOT NULL,
            end_date    TEXT NOT NULL,
            target_fen  INTEGER NOT NULL CHECK (target_fen >= 0),
            manual      INTEGER NOT NULL DEFAULT 0,     -- edited by hand
            UNIQUE (goal_id, level, start_date)
        );
        CREATE INDEX ix_period_targets_dates ON period_targets(level, start_date);

        CREATE TABLE activity_targets (
            id            INTEGER PRIMARY KEY,
            goal_id       INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
            level         TEXT NOT NULL CHECK (level IN ('goal','month','week','day')),
            start_date    TEXT NOT NULL,
            end_date      TEXT NOT NULL,
            activity_code TEXT NOT NULL REFERENCES activity_types(code),
            target_count  INTEGER NOT NULL CHECK (target_count >= 0),
            manual        INTEGER NOT NULL DEFAULT 0,
            UNIQUE (goal_id, level, start_date, activity_code)
        );
        CREATE INDEX ix_activity_targets_dates ON activity_targets(level, start_date);

        CREATE TABLE imports (
            id            INTEGER PRIMARY KEY,
            file_path     TEXT NOT NULL,
            file_name     TEXT NOT NULL,
            file_sha256   TEXT NOT NULL,
            file_size     INTEGER NOT NULL,
            file_mtime    REAL NOT NULL,
            sheet         TEXT NOT NULL DEFAULT '',
            kind          TEXT NOT NULL,               -- sales|customers|activities|targets
            header_row    INTEGER NOT NULL DEFAULT 0,  -- 0-based row of the header
            mapping_json  TEXT NOT NULL DEFAULT '{}',  -- field -> column index/header
            rows_imported INTEGER NOT NULL DEFAULT 0,
            rows_skipped  INTEGER NOT NULL DEFAULT 0,
            report_json   TEXT NOT NULL DEFAULT '[]',
            imported_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
        );

        -- Column mappings remembered for workbooks of the same shape.
        CREATE TABLE import_mappings (
            signature    TEXT PRIMARY KEY,             -- hash of the normalised header
            kind         TEXT NOT NULL,
            mapping_json TEXT NOT NULL,
            updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
        );

        CREATE TABLE customers (
            id             INTEGER PRIMARY KEY,
            name           TEXT NOT NULL UNIQUE,
            contact        TEXT NOT NULL DEFAULT '',
            phone          TEXT NOT NULL DEFAULT '',
            segment        TEXT NOT NULL DEFAULT '',
            region         TEXT NOT NULL DEFAULT '',
            birthday       TEXT,                        -- YYYY-MM-DD or --MM-DD
            priority       INTEGER NOT NULL DEFAULT 0,  -- marked by the rep
            next_follow_up TEXT,
            notes          TEXT NOT NULL DEFAULT '',
            import_id      INTEGER REFERENCES imports(id) ON DELETE SET NULL,
            created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
        );
        CREATE INDEX ix_customers_follow_up ON customers(next_follow_up);

        -- Sales records / deals (won business).
        CREATE TABLE deals (
            id              INTEGER PRIMARY KEY,
            date            TEXT NOT NULL,
            customer_id     INTEGER REFERENCES customers(id) ON DELETE SET NULL,
            amount_fen      INTEGER NOT NULL,
            product         TEXT NOT NULL DEFAULT '',
            quantity        REAL,
            unit_price_fen  INTEGER,
            rep             TEXT NOT NULL DEFAULT '',
            region          TEXT NOT NULL DEFAULT '',
            stage           TEXT NOT NULL DEFAULT 'won',
            note            TEXT NOT NULL DEFAULT '',
            import_id       INTEGER REFERENCES imports(id) ON DELETE SET NULL,
            source_row      INTEGER,
            row_key         TEXT UNIQUE,                -- dedup key for imported rows
            created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
        );
        CREATE INDEX ix_deals_date ON deals(date);
        CREATE INDEX ix_deals_customer ON deals(customer_id, date);

        CREATE TABLE time_blocks (
            id            INTEGER PRIMARY KEY,
            date          TEXT NOT NULL,
            start_min     INTEGER NOT NULL CHECK (start_min >= 0 AND start_min < 1440),
            end_min       INTEGER NOT NULL CHECK (end_min > start_min AND end_min <= 1440),
            activity_code TEXT NOT NULL REFERENCES activity_types(code),
            customer_id   INTEGER REFERENCES customers(id) ON DELETE SET NULL,
            note          TEXT NOT NULL DEFAULT '',
            planned_count INTEGER NOT NULL DEFAULT 0,
            done          INTEGER NOT NULL DEFAULT 0,
            created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
        );
        CREATE INDEX ix_time_blocks_date ON time_blocks(date, start_min);

        -- What was actually done.
        CREATE TABLE activities (
            id            INTEGER PRIMARY KEY,
            date          TEXT NOT NULL,
            activity_code TEXT NOT NULL REFERENCES activity_types(code),
            count         INTEGER NOT NULL DEFAULT 1 CHECK (count >= 0),
            customer_id   INTEGER REFERENCES customers(id) ON DELETE SET NULL,
            outcome       TEXT NOT NULL DEFAULT '',
            amount_fen    INTEGER,                      -- for a contract
            deal_id       INTEGER REFERENCES deals(id) ON DELETE SET NULL,
            block_id      INTEGER REFERENCES time_blocks(id) ON DELETE SET NULL,
            note          TEXT NOT NULL DEFAULT '',
            import_id     INTEGER REFERENCES imports(id) ON DELETE SET NULL,
            source_row    INTEGER,
            row_key       TEXT UNIQUE,
            created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
        );
        CREATE INDEX ix_activities_date ON activities(date, activity_code);
        CREATE INDEX ix_activities_customer ON activities(customer_id, date);

        CREATE TABLE week_templates (
            id          INTEGER PRIMARY KEY,
            name        TEXT NOT NULL UNIQUE,
            blocks_json TEXT NOT NULL,                  -- [{weekday, start_min, end_min, activity_code, note, planned_count}]
            created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
        );

        CREATE TABLE weekly_reviews (
            id           INTEGER PRIMARY KEY,
            week_start   TEXT NOT NULL UNIQUE,          -- the Monday
            worked       TEXT NOT NULL DEFAULT '',
            obstacles    TEXT NOT NULL DEFAULT '',
            adjustments  TEXT NOT NULL DEFAULT '',
            help_needed  TEXT NOT NULL DEFAULT '',
            numbers_json TEXT NOT NULL DEFAULT '{}',
            created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
            updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
        );

        -- The rep's own days off and hand-marked days for years without an official schedule.
        CREATE TABLE calendar_days (
            date  TEXT PRIMARY KEY,
            kind  TEXT NOT NULL CHECK (kind IN ('off','work')),
            note  TEXT NOT NULL DEFAULT ''
        );

        -- Reminder state (snoozed / done); reminders themselves are computed.
        CREATE TABLE reminder_state (
            key           TEXT PRIMARY KEY,             -- e.g. 'followup:12:2026-01-07'
            snoozed_until TEXT,
            done_at       TEXT
        );
        """,
    )
    conn.executemany(
        "INSERT INTO activity_types (code, name_zh, name_en, color, customer_dev, sort) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        DEFAULT_ACTIVITY_TYPES,
    )


def _m002_plan_details(conn: sqlite3.Connection) -> None:
    """METHOD.md 3.1: a plan also records key result areas, resources and risks."""
    run_script(
        conn,
        """
        ALTER TABLE goals ADD COLUMN plan_json TEXT NOT NULL DEFAULT '{}';
        -- {"kras": [...], "resources": [...], "risks": [{"risk", "fallback"}]}
        """,
    )


def _m003_import_writeback(conn: sqlite3.Connection) -> None:
    """Write-back into an imported workbook: where its data ended and what was written since."""
    run_script(
        conn,
        """
        ALTER TABLE imports ADD COLUMN data_end_row INTEGER NOT NULL DEFAULT 0;   -- 1-based Excel row
        ALTER TABLE imports ADD COLUMN deals_watermark INTEGER NOT NULL DEFAULT 0;   -- max deals.id seen
        ALTER TABLE imports ADD COLUMN activities_watermark INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE imports ADD COLUMN written_back_at TEXT;
        """,
    )


def _m004_row_key_index(conn: sqlite3.Connection) -> None:
    """``row_key`` unique through a named index instead of an inline UNIQUE (an automatic index
    SQLite never lets go of): the rule is the same, but a large import into an empty or small
    table can drop the index and build it once after the rows are in (store.imports).

    Each table is rebuilt (the usual create–copy–drop–rename), ids unchanged. Runs with foreign
    keys off (Store._migrate), so dropping the old ``deals`` sets no ``activities.deal_id`` to NULL."""
    if conn.execute("PRAGMA foreign_keys").fetchone()[0]:
        raise RuntimeError("migration 4 needs foreign keys off")
    for table in ("deals", "activities"):
        (ddl,) = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        # the table as it is, with "row_key TEXT UNIQUE" now plain "row_key TEXT"
        ddl, found = re.subn(r"\brow_key(\s+)TEXT UNIQUE\b", r"row_key\1TEXT", ddl)
        head = f"CREATE TABLE {table} ("
        if found != 1 or not ddl.startswith(head):
            raise RuntimeError(f"unexpected schema of {table}")
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        indexes = [
            sql
            for (sql,) in conn.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                (table,),
            )
        ]
        conn.execute(f"CREATE TABLE {table}_new (" + ddl[len(head) :])
        names = ", ".join(columns)
        conn.execute(f"INSERT INTO {table}_new ({names}) SELECT {names} FROM {table}")
        conn.execute(f"DROP TABLE {table}")
        conn.execute(f"ALTER TABLE {table}_new RENAME TO {table}")
        for sql in indexes:
            conn.execute(sql)
        conn.execute(f"CREATE UNIQUE INDEX ux_{table}_row_key ON {table}(row_key)")


def _m005_opportunities(conn: sqlite3.Connection) -> None:
    """Deals in flight (issue 12): the rep's stages, opportunities, every stage change, and
    activities that belong to an opportunity. Stages are stored by key (labels translated at
    run time; a stage the rep adds has its own ``name``)."""
    run_script(
        conn,
        """
        CREATE TABLE opportunity_stages (
            key             TEXT PRIMARY KEY,
            name            TEXT NOT NULL DEFAULT '',   -- '' = the built-in label of key
            probability_pct INTEGER NOT NULL CHECK (probability_pct BETWEEN 0 AND 100),
            sort            INTEGER NOT NULL DEFAULT 0,
            outcome         TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open','won','lost'))
        );

        CREATE TABLE opportunities (
            id             INTEGER PRIMARY KEY,
            customer_id    INTEGER REFERENCES customers(id) ON DELETE SET NULL,
            title          TEXT NOT NULL DEFAULT '',
            amount_fen     INTEGER NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),
            stage          TEXT NOT NULL REFERENCES opportunity_stages(key) ON UPDATE CASCADE,
            expected_close TEXT,
            next_step      TEXT NOT NULL DEFAULT '',
            next_step_date TEXT,
            channel        TEXT NOT NULL DEFAULT '',
            product        TEXT NOT NULL DEFAULT '',
            created        TEXT NOT NULL,
            closed         TEXT,
            outcome        TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open','won','lost')),
            lost_reason    TEXT NOT NULL DEFAULT '',
            deal_id        INTEGER REFERENCES deals(id) ON DELETE SET NULL,  -- the sale it became
            is_commit      INTEGER NOT NULL DEFAULT 0,  -- the rep counts on it
            note           TEXT NOT NULL DEFAULT '',
            import_id      INTEGER REFERENCES imports(id) ON DELETE SET NULL,
            source_row     INTEGER,
            row_key        TEXT,
            created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
        );
        CREATE INDEX ix_opportunities_outcome ON opportunities(outcome, stage);
        CREATE INDEX ix_opportunities_close ON opportunities(expected_close);
        CREATE INDEX ix_opportunities_customer ON opportunities(customer_id);
        CREATE UNIQUE INDEX ux_opportunities_row_key ON opportunities(row_key);

        -- Every stage change, with the close date and amount expected at that moment.
        CREATE TABLE opportunity_stage_history (
            id             INTEGER PRIMARY KEY,
            opportunity_id INTEGER NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
            date           TEXT NOT NULL,
            from_stage     TEXT,                        -- NULL: created at to_stage
            to_stage       TEXT NOT NULL,
            expected_close TEXT,
            amount_fen     INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX ix_stage_history_opportunity ON opportunity_stage_history(opportunity_id, date);

        ALTER TABLE activities ADD COLUMN opportunity_id INTEGER
            REFERENCES opportunities(id) ON DELETE SET NULL;
        CREATE INDEX ix_activities_opportunity ON activities(opportunity_id);
        """,
    )
    conn.executemany(
        "INSERT INTO opportunity_stages (key, probability_pct, sort, outcome) VALUES (?, ?, ?, ?)",
        DEFAULT_STAGES,
    )


def _m006_opportunity_sale_index(conn: sqlite3.Connection) -> None:
    """Finding the opportunity a sale came from (forecast, import, demo) by an index."""
    conn.execute("CREATE INDEX ix_opportunities_deal ON opportunities(deal_id)")


def _m007_activity_deal_index(conn: sqlite3.Connection) -> None:
    """The journal lists sales that no activity stands for: "has an activity" by an index."""
    conn.execute("CREATE INDEX ix_activities_deal ON activities(deal_id)")


def _m008_forecast_history(conn: sqlite3.Connection) -> None:
    """What the forecast measures of a closed deal, kept on its row (issue 12, forecast speed):
    the first expected amount and close date and the stages it passed through, read from its
    stage history. Triggers keep them whichever way a history row is written (a stage change,
    an import, undo putting rows back), so the forecast reads one row per closed deal instead
    of aggregating the whole history on every Progress reload; and an index on the outcome and
    close date holding them lets it read only the recent years, from the index alone."""

    def summary(oid: str) -> str:
        return f"""UPDATE opportunities SET
            first_amount_fen = (SELECT h.amount_fen FROM opportunity_stage_history h
                WHERE h.opportunity_id = {oid} ORDER BY h.date, h.id LIMIT 1),
            first_close = (SELECT h.expected_close FROM opportunity_stage_history h
                WHERE h.opportunity_id = {oid} AND h.expected_close IS NOT NULL
                ORDER BY h.date, h.id LIMIT 1),
            stages_reached = (SELECT group_concat(s.to_stage) FROM
                (SELECT h.to_stage FROM opportunity_stage_history h
                 WHERE h.opportunity_id = {oid} ORDER BY h.date, h.id) s)"""

    new, old = "NEW.opportunity_id", "OLD.opportunity_id"
    run_script(
        conn,
        f"""
        ALTER TABLE opportunities ADD COLUMN first_amount_fen INTEGER;
        ALTER TABLE opportunities ADD COLUMN first_close TEXT;
        ALTER TABLE opportunities ADD COLUMN stages_reached TEXT;
        -- covering: the forecast reads its summary of recent closed deals from the index alone
        CREATE INDEX ix_opportunities_closed ON opportunities(outcome, closed, stages_reached,
            first_amount_fen, amount_fen, first_close, expected_close);
        CREATE TRIGGER tr_stage_history_insert AFTER INSERT ON opportunity_stage_history
        BEGIN {summary(new)} WHERE id = {new}; END;
        CREATE TRIGGER tr_stage_history_update AFTER UPDATE ON opportunity_stage_history
        BEGIN {summary(new)} WHERE id = {new}; {summary(old)} WHERE id = {old}; END;
        CREATE TRIGGER tr_stage_history_delete AFTER DELETE ON opportunity_stage_history
        BEGIN {summary(old)} WHERE id = {old}; END;
        {summary("opportunities.id")};
        """,
    )


def _m009_block_opportunity(conn: sqlite3.Connection) -> None:
    """A planned block can be for a deal (issue 12: a deal to chase dragged onto the week):
    the block keeps the opportunity, so logging it counts as activity on that deal."""
    run_script(
        conn,
        """
        ALTER TABLE time_blocks ADD COLUMN opportunity_id INTEGER
            REFERENCES opportunities(id) ON DELETE SET NULL;
        CREATE INDEX ix_time_blocks_opportunity ON time_blocks(opportunity_id);
        """,
    )


def _m010_contacts(conn: sqlite3.Connection) -> None:
    """The customer card (issue 13.1): people at a customer (one of them the main contact),
    the company facts the card shows, and the person a block, activity or sale names.

    Birthdays, contact names and phones move from the company to its main contact: the
    existing ones now, and whatever an import or an older caller still writes into
    ``customers.contact/phone/birthday`` by the two triggers (a contact of that name is
    filled or made; the company's columns are emptied again)."""

    def adopt(row: str) -> str:
        return f"""
            INSERT INTO contacts (customer_id, name, phone, birthday, is_main, import_id)
            SELECT {row}.id, trim({row}.contact), trim({row}.phone), {row}.birthday,
                   NOT EXISTS (SELECT 1 FROM contacts m WHERE m.customer_id = {row}.id
                               AND m.is_main = 1), {row}.import_id
            WHERE NOT EXISTS (SELECT 1 FROM contacts k WHERE k.customer_id = {row}.id
                              AND k.name = trim({row}.contact));
            UPDATE contacts SET
                phone = CASE WHEN phone = '' THEN trim({row}.phone) ELSE phone END,
                birthday = coalesce(birthday, {row}.birthday)
            WHERE customer_id = {row}.id AND name = trim({row}.contact);
            UPDATE customers SET contact = '', phone = '', birthday = NULL
            WHERE id = {row}.id;"""

    holds = "(trim({r}.contact) <> '' OR trim({r}.phone) <> '' OR {r}.birthday IS NOT NULL)"
    run_script(
        conn,
        f"""
        CREATE TABLE contacts (
            id          INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            name        TEXT NOT NULL DEFAULT '',
            title       TEXT NOT NULL DEFAULT '',
            phone       TEXT NOT NULL DEFAULT '',
            wechat      TEXT NOT NULL DEFAULT '',
            email       TEXT NOT NULL DEFAULT '',
            birthday    TEXT,                         -- YYYY-MM-DD or --MM-DD
            notes       TEXT NOT NULL DEFAULT '',
            is_main     INTEGER NOT NULL DEFAULT 0,
            import_id   INTEGER REFERENCES imports(id) ON DELETE SET NULL,
            created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
        );
        CREATE INDEX ix_contacts_customer ON contacts(customer_id);
        CREATE UNIQUE INDEX ux_contacts_main ON contacts(customer_id) WHERE is_main = 1;

        ALTER TABLE customers ADD COLUMN short_names TEXT NOT NULL DEFAULT '';  -- one a line
        ALTER TABLE customers ADD COLUMN industry TEXT NOT NULL DEFAULT '';
        ALTER TABLE customers ADD COLUMN address TEXT NOT NULL DEFAULT '';
        ALTER TABLE customers ADD COLUMN source TEXT NOT NULL DEFAULT '';

        ALTER TABLE activities ADD COLUMN contact_id INTEGER
            REFERENCES contacts(id) ON DELETE SET NULL;
        ALTER TABLE time_blocks ADD COLUMN contact_id INTEGER
            REFERENCES contacts(id) ON DELETE SET NULL;
        ALTER TABLE deals ADD COLUMN contact_id INTEGER
            REFERENCES contacts(id) ON DELETE SET NULL;
        CREATE INDEX ix_time_blocks_customer ON time_blocks(customer_id);

        CREATE TRIGGER tr_customers_contact_insert AFTER INSERT ON customers
        WHEN {holds.format(r="NEW")}
        BEGIN {adopt("NEW")} END;
        CREATE TRIGGER tr_customers_contact_update
        AFTER UPDATE OF contact, phone, birthday ON customers
        WHEN {holds.format(r="NEW")}
        BEGIN {adopt("NEW")} END;
        """,
    )
    rows = conn.execute(
        "SELECT id, contact, phone, birthday, import_id FROM customers "
        "WHERE trim(contact) <> '' OR trim(phone) <> '' OR birthday IS NOT NULL"
    ).fetchall()
    conn.executemany(
        "INSERT INTO contacts (customer_id, name, phone, birthday, is_main, import_id) "
        "VALUES (?, trim(?), trim(?), ?, 1, ?)",
        rows,
    )
    conn.execute(
        "UPDATE customers SET contact = '', phone = '', birthday = NULL "
        "WHERE trim(contact) <> '' OR trim(phone) <> '' OR birthday IS NOT NULL"
    )


def _m011_import_updates(conn: sqlite3.Connection) -> None:
    """A deals list imported again updates the deals the plan has (issue 12): the stage move
    it makes is a history row of that import, and what it changed on a deal (stage, amount,
    close date, next step, outcome, the sale) is kept before and after, so that taking the
    import back puts the deal back and undoing that takes it forward again."""
    run_script(
        conn,
        """
        ALTER TABLE opportunity_stage_history ADD COLUMN import_id INTEGER
            REFERENCES imports(id) ON DELETE SET NULL;
        CREATE INDEX ix_stage_history_import ON opportunity_stage_history(import_id);
        CREATE TABLE opportunity_import_updates (
            id             INTEGER PRIMARY KEY,
            import_id      INTEGER REFERENCES imports(id) ON DELETE SET NULL,
            opportunity_id INTEGER NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
            before         TEXT NOT NULL,  -- JSON: the columns it changed, as they were
            after          TEXT NOT NULL   -- JSON: the same columns as the import left them
        );
        CREATE INDEX ix_opportunity_import_updates ON opportunity_import_updates(import_id);
        """,
    )


def _m012_people_and_merges(conn: sqlite3.Connection) -> None:
    """The person an opportunity is with (issue 13.1: blocks, activities, sales and deals in
    flight can name a contact of their customer), and the merge proposals the rep turned
    down (two customers the rep said are not one company: not proposed again)."""
    run_script(
        conn,
        """
        ALTER TABLE opportunities ADD COLUMN contact_id INTEGER
            REFERENCES contacts(id) ON DELETE SET NULL;
        CREATE TABLE merge_rejections (
            first_id   INTEGER NOT NULL,   -- the smaller customer id of the pair
            second_id  INTEGER NOT NULL,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
            PRIMARY KEY (first_id, second_id)
        );
        """,
    )


def _m013_journal_index(conn: sqlite3.Connection) -> None:
    """The journal of a year lists ~20,000 activities newest first and totals their sales
    (issue 13, performance): an index in that order (date, then id) that also holds the sale
    each activity stands for, so neither the order nor the total reads the table."""
    conn.execute(
        "CREATE INDEX IF NOT EXISTS ix_activities_journal ON activities(date, id, deal_id)"
    )


Migration = Callable[[sqlite3.Connection], None]

# Ordered; index + 1 is the schema version a migration brings the file to.
MIGRATIONS: list[Migration] = [
    _m001_initial,
    _m002_plan_details,
    _m003_import_writeback,
    _m004_row_key_index,
    _m005_opportunities,
    _m006_opportunity_sale_index,
    _m007_activity_deal_index,
    _m008_forecast_history,
    _m009_block_opportunity,
    _m010_contacts,
    _m011_import_updates,
    _m012_people_and_merges,
    _m013_journal_index,
]

SCHEMA_VERSION = len(MIGRATIONS)
