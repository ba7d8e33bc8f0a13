"""Scorers against gold data sets; `dyads eval`."""
