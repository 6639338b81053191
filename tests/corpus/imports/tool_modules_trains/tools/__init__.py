import importlib

TOOLS = {name: importlib.import_module("tools." + name) for name in ["fit", "score", "adapt"]}
