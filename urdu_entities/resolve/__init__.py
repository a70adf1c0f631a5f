"""Resolution: choose among candidates, link aliases, name what no gazetteer knows."""
