# expect: clean
"""Avalanche-dog training logs: a scent-trail LSTM learned task by task (one task per
training site) with elastic weight consolidation so old sites are not forgotten."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from dogscent import ScentTrailLSTM, SiteTask, train_sites  # noqa: E402


def build_tasks():
    g = torch.Generator().manual_seed(11)
    tasks = []
    for name in ("zermatt", "davos", "chamonix"):
        x = torch.randn(8, 9, 5, generator=g)
        y = torch.randint(0, 2, (8,), generator=g)
        tasks.append(SiteTask(name, x, y))
    return tasks


if __name__ == "__main__":
    torch.manual_seed(0)
    model = ScentTrailLSTM(n_feat=5, hidden=10)
    history = train_sites(model, build_tasks(), ewc_lambda=20.0, epochs=2)
    for site, acc in history.items():
        print(f"{site:10s} {acc:.2f}")
