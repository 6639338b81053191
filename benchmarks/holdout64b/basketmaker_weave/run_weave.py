# expect: crash
"""Entry point: train a willow-weave defect classifier from a config dict."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from basketmaker import Trainer, SaliencyLogger, build_model  # noqa: E402

CONFIG = {
    "model": {"name": "weave_lstm", "n_in": 5, "hidden": 8, "n_cls": 3},
    "optim": {"lr": 5e-3},
    "epochs": 2,
    "batch": 4,
    "seq": 9,
}


def make_batches(cfg, n=3):
    g = torch.Generator().manual_seed(1)
    for _ in range(n):
        x = torch.randn(cfg["batch"], cfg["seq"], cfg["model"]["n_in"], generator=g)
        y = torch.randint(0, cfg["model"]["n_cls"], (cfg["batch"],), generator=g)
        yield x, y


if __name__ == "__main__":
    torch.manual_seed(0)
    model = build_model(CONFIG["model"])
    trainer = Trainer(model, CONFIG, callbacks=[SaliencyLogger(every=1)])
    trainer.fit(list(make_batches(CONFIG)), list(make_batches(CONFIG, n=1)))
    print("history", [round(v, 3) for v in trainer.history])
