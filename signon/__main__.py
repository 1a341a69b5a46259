"""`python -m signon` behaves exactly like the `signon` console script."""

from signon.cli import console

console()
