# expect: crash
"""Coin-press die wear: classify strike quality from press force traces."""
import torch

from mint.engine import Engine
from mint.callbacks import PredictionLogger, LossPrinter
from mint.nets import DieWearLSTM

CONFIG = {
    "model": {"in_dim": 3, "hidden": 12, "classes": 3},
    "optim": {"lr": 5e-3},
    "trainer": {"max_epochs": 2, "log_every": 2},
}


def batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 7, 3, generator=g), torch.randint(0, 3, (4,), generator=g)) for _ in range(n)]


if __name__ == "__main__":
    model = DieWearLSTM(**CONFIG["model"])
    engine = Engine(model, CONFIG, callbacks=[LossPrinter(), PredictionLogger(batches(1, 9)[0][0])])
    engine.fit(batches(4, 0))
    print("done", engine.state["epoch"])
