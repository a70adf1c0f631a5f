"""Text stage: normalisation with an offset map, tokens, sentences, the shared document."""
