"""Readers that turn the user's inputs into `Article` records."""

from dyads.sources.read import read_inputs

__all__ = ["read_inputs"]
