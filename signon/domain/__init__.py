"""Pure domain logic: no Qt, no SQL. Everything here is testable on its own."""
