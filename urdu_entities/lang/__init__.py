"""Urdu language data: one module per concern, no logic beyond small lookups."""
