"""Initial fact store: mention log, window digests, facts, fact versions, written windows.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Frozen copy of the schema at this revision: later model edits must come with a new script.
_BIG_ID = sa.BigInteger().with_variant(sa.Integer, "sqlite")


def upgrade() -> None:
    op.create_table(
        "mention_log",
        sa.Column("id", _BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("window_key", sa.String(10), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("group_key", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("person", sa.String(200), nullable=False),
        sa.Column("host_country", sa.String(3)),
        sa.Column("court", sa.String(100)),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("date", sa.String(10)),
        sa.Column("city", sa.String(200)),
        sa.Column("occasion", sa.String(300)),
        sa.Column("reason", sa.String(50)),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("start_char", sa.Integer, nullable=False),
        sa.Column("end_char", sa.Integer, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("article", sa.String(64), nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("source", sa.String(200)),
        sa.Column("published", sa.String(40)),
        sa.Column("group_id", sa.String(64)),
        sa.Column("fingerprint", sa.String(16)),
    )
    op.create_index("ix_mention_log_window_key", "mention_log", ["window_key"])
    op.create_index("ix_mention_log_group_key", "mention_log", ["group_key"])

    op.create_table(
        "log_windows",
        sa.Column("window_key", sa.String(10), primary_key=True),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("mentions", sa.Integer, nullable=False),
    )

    op.create_table(
        "facts",
        sa.Column("fact_id", sa.String(32), primary_key=True),
        sa.Column("group_key", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("person", sa.String(200), nullable=False),
        sa.Column("host_country", sa.String(3)),
        sa.Column("court", sa.String(100)),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("date", sa.String(10)),
        sa.Column("city", sa.String(200)),
        sa.Column("occasion", sa.String(300)),
        sa.Column("reason", sa.String(50)),
        sa.Column("sources", sa.Integer, nullable=False),
        sa.Column("mentions", sa.Integer, nullable=False),
        sa.Column("contradicted", sa.Boolean, nullable=False),
        sa.Column("first_seen", sa.String(10), nullable=False),
        sa.Column("last_seen", sa.String(10), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_index("ix_facts_group_key", "facts", ["group_key"])

    op.create_table(
        "fact_versions",
        sa.Column("fact_id", sa.String(32), primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("window_key", sa.String(10), nullable=False),
        sa.Column("group_key", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("person", sa.String(200), nullable=False),
        sa.Column("host_country", sa.String(3)),
        sa.Column("court", sa.String(100)),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("date", sa.String(10)),
        sa.Column("city", sa.String(200)),
        sa.Column("occasion", sa.String(300)),
        sa.Column("reason", sa.String(50)),
        sa.Column("sources", sa.Integer, nullable=False),
        sa.Column("mentions", sa.Integer, nullable=False),
        sa.Column("contradicted", sa.Boolean, nullable=False),
        sa.Column("first_seen", sa.String(10), nullable=False),
        sa.Column("changes", sa.String(200), nullable=False),
        sa.Column("previous", sa.Text, nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
    )
    op.create_index("ix_fact_versions_window_key", "fact_versions", ["window_key"])
    op.create_index("ix_fact_versions_group_key", "fact_versions", ["group_key"])
    op.create_index("ix_fact_versions_person", "fact_versions", ["person"])

    op.create_table(
        "written_windows",
        sa.Column("window_key", sa.String(10), primary_key=True),
        sa.Column("digest", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    for table in ("written_windows", "fact_versions", "facts", "log_windows", "mention_log"):
        op.drop_table(table)
