"""Sign-on: coalition sign-on campaigns, from draft statement to published letter."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`signon.__version__`, read from the installed package's metadata when
    first asked for (PEP 562). pyproject.toml is the one place the version is
    written; the CLI, Help → About, the PDF producer and the app tarball all
    read it from here. Lazily, because importlib.metadata and the search
    through the installed distributions cost about 30 ms that every start of
    the app paid before its window could show."""
    if name != "__version__":
        raise AttributeError(f"module 'signon' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("signon")
    except PackageNotFoundError:  # run from a source tree that was never installed
        value = "0+unknown"
    globals()["__version__"] = value
    return value
