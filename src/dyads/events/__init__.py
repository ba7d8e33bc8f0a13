"""The event coder: PLOVER 2.0 types with CAMEO codes, from triggers in parsed sentences."""
