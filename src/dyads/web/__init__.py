"""The web room: `dyads serve`'s API and dashboard. It only reads the store (and writes
only when the server was started with --ingest, through the store's own sink)."""
