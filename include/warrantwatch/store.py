"""The fact store: an append-only log of mentions per window and the facts derived from it.

SQLAlchemy 2 models over SQLite (default: ``facts.sqlite`` in the data folder, WAL mode with a
busy timeout) or PostgreSQL (a URL, or an Airflow connection id in ``WARRANTWATCH_STORE_CONN_ID``).
The schema is created and changed only by the Alembic scripts in ``warrantwatch/migrations``.

Tables:
- ``mention_log``: every tagged mention, keyed by window. Re-running a window replaces exactly
  that window's rows, so the log never holds a duplicate.
- ``log_windows``: one row per stored window: a digest of its mentions and their count.
- ``facts``: the current state of each fact (a projection of the whole log).
- ``fact_versions``: each fact's state at the end of every window that mentioned it, with the
  change kinds of that window and its evidence: the fact's history and the source of alerts.
- ``written_windows``: which windows' output files were written, and the log digest they saw.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import io
import json
import operator
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Float,
    Integer,
    String,
    Text,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from warrantwatch.settings import Paths

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SCHEMA_HEAD = "0001"  # the newest migration's revision (a test holds it to Alembic's head)
STORE_CONN_ID_ENV = "WARRANTWATCH_STORE_CONN_ID"
# pg_advisory_lock key: any fixed 64-bit number; this one spells "wwatch" in ASCII.
PG_LOCK_KEY = 0x777761746368
CHUNK = 900  # bound parameters per IN (...) list; below SQLite's and psycopg2's limits


class StoreError(RuntimeError):
    """The store cannot be opened or used; the message names the store and the problem."""


class Base(DeclarativeBase):
    pass


# BIGINT autoincrement is only an alias of ROWID in SQLite when spelled INTEGER.
_BigId = BigInteger().with_variant(Integer, "sqlite")


class MentionRow(Base):
    __tablename__ = "mention_log"

    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    window_key: Mapped[str] = mapped_column(String(10), index=True)
    seq: Mapped[int] = mapped_column(Integer)  # position in the window's mentions file
    group_key: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    person: Mapped[str] = mapped_column(String(200))
    host_country: Mapped[str | None] = mapped_column(String(3))
    court: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20))
    date: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(200))
    occasion: Mapped[str | None] = mapped_column(String(300))
    reason: Mapped[str | None] = mapped_column(String(50))
    evidence: Mapped[str] = mapped_column(Text, default="")
    start_char: Mapped[int] = mapped_column(Integer, default=0)
    end_char: Mapped[int] = mapped_column(Integer, default=0)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    article: Mapped[str] = mapped_column(String(64))
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(200))
    published: Mapped[str | None] = mapped_column(String(40))
    group_id: Mapped[str | None] = mapped_column(String(64))
    fingerprint: Mapped[str | None] = mapped_column(String(16))


class LogWindow(Base):
    __tablename__ = "log_windows"

    window_key: Mapped[str] = mapped_column(String(10), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
    mentions: Mapped[int] = mapped_column(Integer)


class FactRow(Base):
    __tablename__ = "facts"

    fact_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    group_key: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    person: Mapped[str] = mapped_column(String(200))
    host_country: Mapped[str | None] = mapped_column(String(3))
    court: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20))
    date: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(200))
    occasion: Mapped[str | None] = mapped_column(String(300))
    reason: Mapped[str | None] = mapped_column(String(50))
    sources: Mapped[int] = mapped_column(Integer)
    mentions: Mapped[int] = mapped_column(Integer)
    contradicted: Mapped[bool] = mapped_column(Boolean)
    first_seen: Mapped[str] = mapped_column(String(10))
    last_seen: Mapped[str] = mapped_column(String(10))
    detail: Mapped[str] = mapped_column(Text, default="{}")  # JSON: status dates, claims


class FactVersionRow(Base):
    __tablename__ = "fact_versions"

    fact_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    window_key: Mapped[str] = mapped_column(String(10), index=True)
    group_key: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    person: Mapped[str] = mapped_column(String(200), index=True)
    host_country: Mapped[str | None] = mapped_column(String(3))
    court: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20))
    date: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(200))
    occasion: Mapped[str | None] = mapped_column(String(300))
    reason: Mapped[str | None] = mapped_column(String(50))
    sources: Mapped[int] = mapped_column(Integer)
    mentions: Mapped[int] = mapped_column(Integer)
    contradicted: Mapped[bool] = mapped_column(Boolean)
    first_seen: Mapped[str] = mapped_column(String(10))
    changes: Mapped[str] = mapped_column(String(200), default="")  # comma-separated change kinds
    previous: Mapped[str] = mapped_column(Text, default="null")  # JSON: the state before
    detail: Mapped[str] = mapped_column(Text, default="{}")
    evidence: Mapped[str] = mapped_column(Text, default="[]")  # JSON list: this window's quotes


class WrittenWindow(Base):
    __tablename__ = "written_windows"

    window_key: Mapped[str] = mapped_column(String(10), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))


MENTION_COLUMNS = tuple(c.name for c in MentionRow.__table__.columns if c.name != "id")
FACT_COLUMNS = tuple(c.name for c in FactRow.__table__.columns)
VERSION_COLUMNS = tuple(c.name for c in FactVersionRow.__table__.columns)
BOOLEAN_COLUMNS = frozenset({"contradicted"})  # stored as 0/1 by SQLite; read back as bool

# COPY's text format: these characters are escaped; NULL is \N.
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


# ---- where the store is ---------------------------------------------------------------------


def _url_from_airflow_connection(conn_id: str) -> str:
    """The SQLAlchemy URL of an Airflow connection (imported only when one is configured)."""
    from airflow.sdk import BaseHook  # heavy; only a deployment that names a connection pays

    try:
        conn = BaseHook.get_connection(conn_id)
    except Exception as exc:  # Airflow raises its own not-found types
        raise StoreError(
            f"Airflow connection {conn_id!r} (from ${STORE_CONN_ID_ENV}) not found: {exc}"
        ) from exc
    uri = conn.get_uri()
    scheme, _, rest = uri.partition("://")
    if scheme in {"postgres", "postgresql"}:
        scheme = "postgresql+psycopg2"
    return f"{scheme}://{rest}"


def resolve_store_url(paths: Paths, env: dict[str, str] | None = None) -> str:
    """An explicit store URL wins; then an Airflow connection id; then the SQLite file."""
    env = dict(os.environ if env is None else env)
    if paths.store_url:
        return paths.store_url
    conn_id = env.get(STORE_CONN_ID_ENV, "").strip()
    if conn_id:
        return _url_from_airflow_connection(conn_id)
    return paths.resolved_store_url()


def describe_url(url: str) -> str:
    """The URL without its password, for messages."""
    return make_url(url).render_as_string(hide_password=True)


# ---- the store ------------------------------------------------------------------------------


@dataclass(frozen=True)
class VersionRecord:
    """One row of ``fact_versions`` as plain Python values (JSON columns decoded)."""

    fact_id: str
    version: int
    window_key: str
    group_key: str
    kind: str
    person: str
    host_country: str | None
    court: str | None
    status: str
    date: str | None
    city: str | None
    occasion: str | None
    reason: str | None
    sources: int
    mentions: int
    contradicted: bool
    first_seen: str
    changes: tuple[str, ...]
    previous: dict[str, Any] | None
    detail: dict[str, Any]
    evidence: tuple[dict[str, Any], ...]

    def to_row(self) -> dict[str, Any]:
        row = dict(self.__dict__)  # the fields are the columns
        row["changes"] = ",".join(self.changes)
        row["previous"] = encode_json(self.previous)
        row["detail"] = encode_json(self.detail)
        row["evidence"] = encode_json_unicode(list(self.evidence))
        return row

    @classmethod
    def from_row(cls, row: Any) -> VersionRecord:
        data = dict(row._mapping)
        data["changes"] = tuple(c for c in (data["changes"] or "").split(",") if c)
        data["previous"] = json.loads(data["previous"] or "null")
        data["detail"] = json.loads(data["detail"] or "{}")
        data["evidence"] = tuple(json.loads(data["evidence"] or "[]"))
        data["contradicted"] = bool(data["contradicted"])
        return cls(**data)


def json_encoder(*, ensure_ascii: bool, compact: bool = False) -> Callable[[Any], str]:
    """The bytes of ``json.dumps(value, sort_keys=True, ensure_ascii=...)`` (with ``compact``:
    ``separators=(",", ":")``, as ``fileio.dumps_line``), made faster.

    ``json.dumps`` builds a new encoder for every call; the diff encodes three columns of every
    version it stores. This keeps one C encoder (the one ``json.dumps`` itself uses) for good,
    falling back to a reusable ``JSONEncoder`` where the C accelerator is missing.
    """
    item_separator, key_separator = (",", ":") if compact else (", ", ": ")
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return json.JSONEncoder(
            sort_keys=True, ensure_ascii=ensure_ascii, separators=(item_separator, key_separator)
        ).encode
    quote = json.encoder.encode_basestring_ascii if ensure_ascii else json.encoder.encode_basestring
    encoder = make(None, None, quote, None, key_separator, item_separator, True, False, True)

    def encode(value: Any) -> str:
        return "".join(encoder(value, 0))

    return encode


encode_json = json_encoder(ensure_ascii=True)
encode_json_unicode = json_encoder(ensure_ascii=False)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=60000")  # wait for a concurrent writer, don't fail
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; a crash loses no committed data
    # A diff touches index pages all over a large store; SQLite's default 2 MB page cache
    # re-reads them from the OS for every statement.
    cursor.execute("PRAGMA cache_size=-131072")  # 128 MiB
    # Reading pages through a memory map saves a system call and a copy per page: a third of
    # the time of the snapshot's walk over a million facts in fact-id order.
    cursor.execute("PRAGMA mmap_size=2147483648")
    cursor.close()


class Store:
    """A handle on the fact store. Open with :func:`open_store`; close with :meth:`close`."""

    def __init__(self, url: str, data_dir: Path) -> None:
        self.url = url
        self.label = describe_url(url)
        parsed = make_url(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.sqlite_path: Path | None = None
        if self.is_sqlite:
            if not parsed.database or parsed.database == ":memory:":
                raise StoreError("an in-memory SQLite store cannot be shared between stages; give a file")
            self.sqlite_path = Path(parsed.database).resolve()
            self.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
            self.engine: Engine = create_engine(url, connect_args={"timeout": 60})
            event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            self.engine = create_engine(url, pool_pre_ping=True)
        self.data_dir = data_dir

    def close(self) -> None:
        self.engine.dispose()

    # -- locking: one compute+write at a time, across processes ---------------------------------

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Serialise diff/write runs so a run with a stale view can never write last.

        A file lock beside the SQLite file, or a PostgreSQL session advisory lock. Both are
        released by the operating system / server when the holder dies (SIGKILL included).
        """
        if self.is_sqlite:
            assert self.sqlite_path is not None
            lock_path = self.sqlite_path.with_name(self.sqlite_path.name + ".lock")
            with lock_path.open("a+b") as handle:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
                try:
                    yield
                finally:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        else:
            with self._guard("taking the advisory lock"):
                conn = self.engine.connect()
                conn.execute(select(func.pg_advisory_lock(PG_LOCK_KEY)))
                conn.commit()
            try:
                yield
            finally:
                with contextlib.suppress(SQLAlchemyError):
                    conn.execute(select(func.pg_advisory_unlock(PG_LOCK_KEY)))
                    conn.commit()
                conn.close()

    @contextlib.contextmanager
    def _guard(self, doing: str) -> Iterator[None]:
        """Turn driver errors into a StoreError naming the store, what we did and why it failed."""
        try:
            yield
        except (DatabaseError, OperationalError) as exc:
            reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
            hint = ""
            if self.is_sqlite and ("not a database" in reason or "malformed" in reason):
                hint = (
                    " The file is corrupt or is not a SQLite database; it was left untouched. "
                    "Restore it from a backup, or move it aside to start a new store."
                )
            raise StoreError(f"fact store {self.label}: {doing} failed: {reason}.{hint}") from exc

    # -- schema ---------------------------------------------------------------------------------

    def migrate(self) -> str:
        """Bring the schema to the newest migration; returns the revision. Call under :meth:`lock`."""
        if self._stored_revision() == SCHEMA_HEAD:
            return SCHEMA_HEAD  # the usual case: no need to import Alembic (a tenth of a second)
        from alembic import command
        from alembic.config import Config
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        script = ScriptDirectory.from_config(config)
        head = script.get_current_head()
        with self._guard("reading the schema version"), self.engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
        if current == head:
            return head or ""
        known = {rev.revision for rev in script.walk_revisions()}
        if current is not None and current not in known:
            raise StoreError(
                f"fact store {self.label} has schema revision {current!r}, which this version of "
                f"warrantwatch does not know (newest known: {head!r}); upgrade warrantwatch"
            )
        with self._guard("migrating the schema"), self.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
        return head or ""

    def _stored_revision(self) -> str | None:
        """The store's Alembic revision in one query; None if it cannot be read that way."""
        try:
            with self.engine.connect() as conn:
                rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
        except SQLAlchemyError:
            return None  # no table yet, or a broken store: the full path says what is wrong
        return rows[0][0] if len(rows) == 1 else None

    def revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self._guard("reading the schema version"), self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    # -- the mention log ------------------------------------------------------------------------

    def window_digest(self, window_key: str) -> str | None:
        with self._guard("reading the window log"), self.engine.connect() as conn:
            return conn.execute(
                select(LogWindow.digest).where(LogWindow.window_key == window_key)
            ).scalar_one_or_none()

    def window_digests(self) -> list[tuple[str, str, int]]:
        """(window, digest, mention count) of every stored window, oldest first."""
        with self._guard("reading the window log"), self.engine.connect() as conn:
            rows = conn.execute(
                select(LogWindow.window_key, LogWindow.digest, LogWindow.mentions).order_by(
                    LogWindow.window_key
                )
            )
            return [(r[0], r[1], r[2]) for r in rows]

    def group_keys_of_window(self, conn: Connection, window_key: str) -> set[str]:
        rows = conn.execute(
            select(MentionRow.group_key).where(MentionRow.window_key == window_key).distinct()
        )
        return {r[0] for r in rows}

    def mentions_of_groups(self, conn: Connection, group_keys: Iterable[str]) -> list[dict[str, Any]]:
        """Every logged mention of the given fact groups, all windows, in a stable order."""
        names = ", ".join(MENTION_COLUMNS)
        rows = self._rows_where_in(conn, f"SELECT {names} FROM mention_log", "group_key", group_keys)
        out = [dict(zip(MENTION_COLUMNS, row, strict=True)) for row in rows]
        out.sort(key=lambda r: (r["window_key"], r["seq"]))
        return out

    def mentions_of_window(self, window_key: str) -> list[dict[str, Any]]:
        table = MentionRow.__table__
        columns = [table.c[name] for name in MENTION_COLUMNS]
        with self._guard("reading the mention log"), self.engine.connect() as conn:
            rows = conn.execute(
                select(*columns).where(table.c.window_key == window_key).order_by(table.c.seq)
            )
            return [dict(r._mapping) for r in rows]

    def replace_window(
        self,
        conn: Connection,
        window_key: str,
        mention_rows: Sequence[dict[str, Any]],
        digest: str,
    ) -> None:
        """Replace the window's mentions in the log (never duplicating) and record its digest."""
        conn.execute(delete(MentionRow.__table__).where(MentionRow.__table__.c.window_key == window_key))
        self.bulk_insert(conn, "mention_log", MENTION_COLUMNS, mention_rows)
        conn.execute(delete(LogWindow.__table__).where(LogWindow.__table__.c.window_key == window_key))
        conn.execute(
            insert(LogWindow.__table__),
            [{"window_key": window_key, "digest": digest, "mentions": len(mention_rows)}],
        )

    def replace_groups(
        self,
        conn: Connection,
        group_keys: Iterable[str],
        facts: Sequence[dict[str, Any]],
        versions: Sequence[dict[str, Any]],
    ) -> None:
        """Make the stored facts and versions of the given fact groups exactly these.

        Only rows that differ are written: re-deriving a group gives back most of its stored
        rows unchanged (its earlier versions), and rewriting them would dirty index pages all
        over a large store for nothing.
        """
        keys = sorted(set(group_keys))
        stored_facts = self._stored_rows(conn, "facts", FACT_COLUMNS, keys)
        stored_versions = self._stored_rows(conn, "fact_versions", VERSION_COLUMNS, keys)
        fact_rows = _keyed(facts, FACT_COLUMNS, 1)
        version_rows = _keyed(versions, VERSION_COLUMNS, 2)
        changed_facts = [
            fid for fid, row in fact_rows.items() if fid in stored_facts and stored_facts[fid] != row
        ]
        if self.is_sqlite:
            # An UPDATE of unindexed columns rewrites one table page; delete + insert would also
            # touch both indexes.
            self._update_facts(conn, [fact_rows[fid] for fid in changed_facts])
            gone_facts = [fid for fid in stored_facts if fid not in fact_rows]
            new_facts = [row for fid, row in fact_rows.items() if fid not in stored_facts]
        else:  # PostgreSQL's UPDATE writes a new row version and index entries anyway
            gone_facts = [fid for fid in stored_facts if fid not in fact_rows] + changed_facts
            new_facts = [row for fid, row in fact_rows.items() if stored_facts.get(fid) != row]
        self._delete_keys(conn, "facts", ("fact_id",), [(fid[0],) for fid in gone_facts])
        self._insert_tuples(conn, "facts", FACT_COLUMNS, new_facts)
        gone_versions = [key for key, row in stored_versions.items() if version_rows.get(key) != row]
        new_versions = [row for key, row in version_rows.items() if stored_versions.get(key) != row]
        self._delete_keys(conn, "fact_versions", ("fact_id", "version"), gone_versions)
        self._insert_tuples(conn, "fact_versions", VERSION_COLUMNS, new_versions)

    def _stored_rows(
        self, conn: Connection, table: str, columns: Sequence[str], group_keys: Sequence[str]
    ) -> dict[tuple[Any, ...], tuple[Any, ...]]:
        """The table's rows of these groups as value tuples by primary key (as :func:`_keyed`)."""
        query = f"SELECT {', '.join(columns)} FROM {table}"
        rows = self._rows_where_in(conn, query, "group_key", group_keys)
        key_length = 1 if table == "facts" else 2
        if self.is_sqlite:  # SQLite gives 0/1 for booleans
            flag = columns.index("contradicted")
            rows = [(*row[:flag], bool(row[flag]), *row[flag + 1 :]) for row in rows]
        return {tuple(row[:key_length]): tuple(row) for row in rows}

    def _update_facts(self, conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
        if not rows:
            return
        settable = [c for c in FACT_COLUMNS if c not in ("fact_id", "group_key")]
        positions = [FACT_COLUMNS.index(c) for c in settable]
        cursor = conn.connection.cursor()
        try:
            cursor.executemany(
                f"UPDATE facts SET {', '.join(f'{c} = ?' for c in settable)} WHERE fact_id = ?",
                [tuple(row[i] for i in positions) + (row[0],) for row in rows],
            )
        finally:
            cursor.close()

    def _delete_keys(
        self, conn: Connection, table: str, key_columns: Sequence[str], keys: Sequence[tuple[Any, ...]]
    ) -> None:
        """Delete rows by primary key."""
        if not keys:
            return
        cursor = conn.connection.cursor()
        try:
            if self.is_sqlite:
                where = " AND ".join(f"{c} = ?" for c in key_columns)
                cursor.executemany(f"DELETE FROM {table} WHERE {where}", keys)
            else:
                arrays = [list(column) for column in zip(*keys, strict=True)]
                casts = ", ".join(f"%s::{'int' if c == 'version' else 'text'}[]" for c in key_columns)
                where = " AND ".join(f"t.{c} = d.{c}" for c in key_columns)
                cursor.execute(
                    f"DELETE FROM {table} AS t USING unnest({casts}) AS d({', '.join(key_columns)}) "
                    f"WHERE {where}",
                    arrays,
                )
        finally:
            cursor.close()

    # -- bulk statements on the transaction's own DBAPI connection --------------------------------
    # SQLAlchemy's per-row parameter handling costs more than the database itself when a window
    # stores tens of thousands of rows; these go straight to the driver, inside ``conn``'s
    # transaction, with values SQLAlchemy would have passed unchanged (str, int, float, bool, None).

    def bulk_insert(
        self, conn: Connection, table: str, columns: Sequence[str], rows: Sequence[dict[str, Any]]
    ) -> None:
        """Insert dict rows into ``table``: one executemany on SQLite, COPY on PostgreSQL."""
        if rows:
            self._insert_tuples(conn, table, columns, list(map(operator.itemgetter(*columns), rows)))

    def _insert_tuples(
        self, conn: Connection, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
    ) -> None:
        if not rows:
            return
        cursor = conn.connection.cursor()
        try:
            if self.is_sqlite:
                marks = ", ".join("?" for _ in columns)
                cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
            else:
                text_rows = "".join("\t".join(map(_copy_field, row)) + "\n" for row in rows)
                cursor.copy_expert(f"COPY {table} ({', '.join(columns)}) FROM STDIN", io.StringIO(text_rows))
        finally:
            cursor.close()

    def _rows_where_in(
        self, conn: Connection, query: str, column: str, keys: Iterable[str]
    ) -> list[tuple[Any, ...]]:
        """Rows of ``query WHERE column IN keys`` (one array parameter on PostgreSQL)."""
        keys = sorted(set(keys))
        out: list[tuple[Any, ...]] = []
        if not keys:
            return out
        cursor = conn.connection.cursor()
        try:
            if self.is_sqlite:
                for chunk in _chunks(keys):
                    marks = ", ".join("?" for _ in chunk)
                    cursor.execute(f"{query} WHERE {column} IN ({marks})", chunk)
                    out.extend(cursor.fetchall())
            else:
                cursor.execute(f"{query} WHERE {column} = ANY(%s)", (keys,))
                out.extend(cursor.fetchall())
        finally:
            cursor.close()
        return out

    @contextlib.contextmanager
    def transaction(self, doing: str) -> Iterator[Connection]:
        with self._guard(doing), self.engine.begin() as conn:
            yield conn

    # -- reading facts and versions -------------------------------------------------------------

    def versions_of_window(self, window_key: str) -> list[VersionRecord]:
        table = FactVersionRow.__table__
        with self._guard("reading fact versions"), self.engine.connect() as conn:
            rows = conn.execute(
                select(table).where(table.c.window_key == window_key).order_by(table.c.fact_id)
            )
            return [VersionRecord.from_row(r) for r in rows]

    def versions_upto(
        self, window_key: str, kind: str, persons: Iterable[str] | None = None
    ) -> list[VersionRecord]:
        """Versions of ``kind`` facts from windows ≤ ``window_key`` (optionally of some people)."""
        table = FactVersionRow.__table__
        query = select(table).where(table.c.window_key <= window_key, table.c.kind == kind)
        if self.is_sqlite:
            # Every group key starts with its kind and "|" (diff.group_key): this range lets
            # SQLite walk the group-key index instead of every version of a window range.
            # (Not on PostgreSQL: a linguistic collation does not order "|" by code point.)
            query = query.where(table.c.group_key >= f"{kind}|", table.c.group_key < f"{kind}}}")
        out: list[VersionRecord] = []
        with self._guard("reading fact versions"), self.engine.connect() as conn:
            if persons is None:
                out = [VersionRecord.from_row(r) for r in conn.execute(query)]
            else:
                for chunk in _chunks(sorted(set(persons))):
                    rows = conn.execute(query.where(table.c.person.in_(chunk)))
                    out.extend(VersionRecord.from_row(r) for r in rows)
        out.sort(key=lambda v: (v.fact_id, v.version))
        return out

    def versions_between(self, first: str, last: str) -> list[VersionRecord]:
        """Versions with changes from windows in ``[first, last]``."""
        table = FactVersionRow.__table__
        with self._guard("reading fact versions"), self.engine.connect() as conn:
            rows = conn.execute(
                select(table).where(
                    table.c.window_key >= first, table.c.window_key <= last, table.c.changes != ""
                )
            )
            out = [VersionRecord.from_row(r) for r in rows]
        out.sort(key=lambda v: (v.window_key, v.fact_id, v.version))
        return out

    def iter_fact_rows(self, columns: Sequence[str], batch: int = 50_000) -> Iterator[list[tuple[Any, ...]]]:
        """Some columns of all current facts as tuples, in fact-id order, in batches.

        Straight from the driver (a server-side cursor on PostgreSQL): building a SQLAlchemy
        row and a dict for each of a million facts took longer than the query.
        """
        unknown = [c for c in columns if c not in FACT_COLUMNS]
        if unknown:
            raise ValueError(f"not fact columns: {', '.join(unknown)}")
        flag = columns.index("contradicted") if "contradicted" in columns else None
        query = f"SELECT {', '.join(columns)} FROM facts ORDER BY fact_id"
        with self._guard("reading facts"), self.engine.connect() as conn:
            if self.is_sqlite:
                cursor = conn.connection.cursor()
            else:
                cursor = conn.connection.cursor(name="warrantwatch_facts")  # server-side: streamed
                cursor.itersize = batch
            try:
                cursor.execute(query)
                while rows := cursor.fetchmany(batch):
                    if flag is not None and self.is_sqlite:  # SQLite gives 0/1
                        rows = [(*r[:flag], bool(r[flag]), *r[flag + 1 :]) for r in rows]
                    yield rows
            finally:
                cursor.close()

    def count(self, model: type[Base]) -> int:
        with self._guard("counting rows"), self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(model.__table__)).scalar_one())

    # -- which output days exist --------------------------------------------------------------

    def written(self) -> dict[str, str]:
        with self._guard("reading written windows"), self.engine.connect() as conn:
            rows = conn.execute(select(WrittenWindow.window_key, WrittenWindow.digest))
            return {r[0]: r[1] for r in rows}

    def mark_written(self, entries: dict[str, str]) -> None:
        if not entries:
            return
        table = WrittenWindow.__table__
        with self.transaction("recording written windows") as conn:
            for chunk in _chunks(sorted(entries)):
                conn.execute(delete(table).where(table.c.window_key.in_(chunk)))
            conn.execute(insert(table), [{"window_key": k, "digest": v} for k, v in sorted(entries.items())])

    def check_readable(self) -> None:
        """Fail early, naming the store, when it cannot be read at all (e.g. a corrupt file)."""
        with self._guard("opening the store"), self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))


def _keyed(
    rows: Iterable[dict[str, Any]], columns: Sequence[str], key_length: int
) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    """Rows as value tuples (booleans as bool, whatever the driver gave) by their primary key."""
    flags = [i for i, c in enumerate(columns) if c in BOOLEAN_COLUMNS]
    out = {}
    for row in rows:
        values = [row[c] for c in columns]
        for i in flags:
            values[i] = bool(values[i])
        out[tuple(values[:key_length])] = tuple(values)
    return out


def _copy_field(value: Any) -> str:
    """One value in PostgreSQL COPY text format (what the server parses as the same value)."""
    if value is None:
        return "\\N"
    kind = type(value)
    if kind is str:
        # Checking first is 4x faster than translating every string; few need escaping.
        if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
            return value.translate(_COPY_ESCAPES)
        return value
    if kind is bool:
        return "t" if value else "f"
    if kind is float:
        return repr(value)  # shortest text that reads back as the same double
    return str(value)


def _chunks(items: Sequence[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), CHUNK):
        yield list(items[start : start + CHUNK])


def open_store(paths: Paths, env: dict[str, str] | None = None) -> Store:
    """Open the configured store and check it can be read (it is migrated under the lock later)."""
    url = resolve_store_url(paths, env)
    try:
        store = Store(url, paths.data)
    except SQLAlchemyError as exc:
        raise StoreError(f"fact store {describe_url(url)}: cannot open: {exc}") from exc
    store.check_readable()
    return store


@contextlib.contextmanager
def locked_store(paths: Paths, env: dict[str, str] | None = None) -> Iterator[Store]:
    """Open the store, take the cross-process lock and migrate the schema; close on exit."""
    store = open_store(paths, env)
    try:
        with store.lock():
            store.migrate()
            yield store
    finally:
        store.close()


def digest_text(parts: Iterable[str]) -> str:
    sha = hashlib.sha256()
    for part in parts:
        sha.update(part.encode("utf-8"))
        sha.update(b"\n")
    return sha.hexdigest()
