"""Store tests, a package so their module names (store.test_blocks) may repeat
basenames used in tests/unit (test_blocks) without a pytest import clash."""
