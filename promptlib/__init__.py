"""promptlib: a desktop prompt library for Finnish public-sector work."""

__version__ = "0.1.0"
