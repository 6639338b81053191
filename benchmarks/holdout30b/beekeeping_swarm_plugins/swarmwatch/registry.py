import importlib
from importlib import resources


def load_plugins():
    text = resources.files("swarmwatch").joinpath("plugins.txt").read_text()
    names = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [importlib.import_module(n).run for n in names]
