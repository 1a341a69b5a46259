"""Storage: SQLModel tables, the database connection, migrations and the
services that are the only code allowed to write."""
