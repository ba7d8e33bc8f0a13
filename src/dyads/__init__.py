"""dyads: political event data from news: who did what to whom, when, where, and who said so."""

__version__ = "0.1.0"
