# expect: crash
"""Vital-sign early-warning pipeline: tasks register themselves via `__init_subclass__` and run in order."""
import torch

import pipeline.tasks  # noqa: F401  (importing the package registers every task)
from pipeline.core import Context, REGISTRY

if __name__ == "__main__":
    torch.manual_seed(0)
    ctx = Context()
    for name, task_cls in sorted(REGISTRY.items(), key=lambda kv: kv[1].order):
        print("running", name)
        task_cls().run(ctx)
    print(ctx.log)
