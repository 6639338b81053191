"""Encoder discovery: a copy of the built-in table, extended by whatever plugins register (none here)."""
from .encoders import BUILTIN

PLUGINS = []


def discover():
    table = dict(BUILTIN)
    for name, cls in PLUGINS:
        table[name] = cls
    return table


def load_encoder(name, frozen=False):
    model = discover()[name]()
    if frozen:
        model.eval()  # encoders shipped for scoring only
    return model
