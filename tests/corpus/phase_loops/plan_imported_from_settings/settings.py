"""The run plan: each phase names what the engine does, in order."""
PLAN = {
    "phases": [
        {"name": "fit"},
        {"name": "score"},
        {"name": "refit"},
    ],
}
