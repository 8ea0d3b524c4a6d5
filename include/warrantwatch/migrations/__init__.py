"""Alembic migrations of the fact store. Run by ``Store.migrate()``; every schema change is a new script."""
