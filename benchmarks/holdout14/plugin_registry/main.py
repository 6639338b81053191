# expect: crash
"""abc plugin system: encoders and 'tasks' subclass abstract bases whose __init_subclass__ registers them by
`key`; main imports plugin modules by name through importlib and wires them from a config dict."""
import importlib

CONFIG = {
    "plugins": ["plugins.encoders", "plugins.tasks"],
    "encoder": {"key": "bigru", "dim": 8},
    "pipeline": ["warmup", "probe", "adapt"],
}

for mod in CONFIG["plugins"]:
    importlib.import_module(mod)

from plugins.base import Encoder, Task  # noqa: E402

enc_cfg = dict(CONFIG["encoder"])
encoder = Encoder.create(enc_cfg.pop("key"), **enc_cfg)
state = {"encoder": encoder}
for task_key in CONFIG["pipeline"]:
    result = Task.create(task_key).run(state)
    print(task_key, result)
