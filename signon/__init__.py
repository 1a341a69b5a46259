"""Sign-on: coalition sign-on campaigns, from draft statement to published letter."""

__version__ = "0.1.0"
