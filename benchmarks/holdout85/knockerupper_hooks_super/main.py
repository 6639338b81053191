# expect: clean
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from knockerupper import HookedEngine, RoundTask  # noqa: E402

CONFIG = {"epochs": 3, "val_every": 1, "lr": 0.05, "warmup_epochs": 2}


def rounds(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [torch.randint(0, 6, (3, 7), generator=g) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(3)
    task = RoundTask()
    engine = HookedEngine(task, CONFIG)
    state = engine.fit(rounds(3, 0), rounds(2, 1))
    print("steps", state["step"], "last", state["val"][-1])
