import importlib

COMMANDS = {name: importlib.import_module(f".{name}", __name__) for name in ("train", "evaluate", "finetune")}
