# expect: clean
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from parchmenter import ScrapingLoop, build  # noqa: E402

CFG = {"model": "gru_grader", "epochs": 2, "val_every": 2, "lr": 0.05}


def fake_hides(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(3, 7, 4, generator=g), torch.randn(3, generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(0)
    model = build(CFG["model"], n_in=4, hidden=12)
    loop = ScrapingLoop(model, CFG)
    metrics = loop.run(fake_hides(4, 0), fake_hides(2, 1))
    print("best", round(loop.best, 4), "n_val", len(metrics))
