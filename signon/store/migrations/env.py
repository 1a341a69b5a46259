"""Alembic environment: runs on the connection Sign-on hands it (so the app,
the CLI and tests migrate exactly the database they opened), in batch mode
because SQLite cannot alter most columns in place."""

from alembic import context
from sqlalchemy import create_engine
from sqlmodel import SQLModel

import signon.store.models  # noqa: F401  (registers the tables)

config = context.config
target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        _run(conn)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Sign-on migrations run online only")
run_migrations_online()
