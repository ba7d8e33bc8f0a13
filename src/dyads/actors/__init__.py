"""Actors: the knowledge base, recognising mentions, linking them, resolving codes."""
