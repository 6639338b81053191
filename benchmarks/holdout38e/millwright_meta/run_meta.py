# expect: clean
"""Millwrights' gear wear across mills: MAML so a new mill adapts in one step.

The engine reads `cudnn` from the settings and runs every meta-step inside
torch.backends.cudnn.flags(enabled=...) — second-order MAML needs that.
"""
import torch

from gears import GearWear, mill_task
from meta import MetaEngine
from settings import SETTINGS


def main():
    torch.manual_seed(23)
    engine = MetaEngine(GearWear(SETTINGS["hidden"]), SETTINGS)
    for it in range(SETTINGS["meta_iters"]):
        tasks = [mill_task() for _ in range(SETTINGS["tasks_per_batch"])]
        print(f"meta-iter {it}: query loss {engine.meta_step(tasks):.4f}")


if __name__ == "__main__":
    main()
