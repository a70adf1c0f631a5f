"""Recognisers: each finds candidate spans in a document in one way."""
