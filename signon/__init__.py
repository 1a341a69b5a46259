"""Sign-on: coalition sign-on campaigns, from draft statement to published letter."""

from importlib.metadata import PackageNotFoundError, version

try:
    #: pyproject.toml is the one place the version is written; the CLI, Help →
    #: About, the PDF producer and the app tarball all read it from here.
    __version__ = version("signon")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"
