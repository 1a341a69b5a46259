"""`python -m signon` behaves exactly like the `signon` console script."""

import sys

from signon.cli import main

sys.exit(main())
