# expect: crash
"""Entry point: train the rind-humidity ripening classifier with early stopping."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from cheesewright import EarlyStopTrainer, build_model  # noqa: E402

CONFIG = {
    "model": {"name": "rind_lstm", "n_in": 4, "hidden": 8, "classes": 3},
    "trainer": {"epochs": 3, "lr": 0.01, "batch_size": 4, "patience": 2},
}


def make_data(n, seed):
    g = torch.Generator().manual_seed(seed)
    return torch.randn(n, 7, 4, generator=g), torch.randint(0, 3, (n,), generator=g)


def main():
    torch.manual_seed(0)
    model = build_model(CONFIG["model"])
    trainer = EarlyStopTrainer(model, **CONFIG["trainer"])
    history = trainer.fit(make_data(12, 1), make_data(4, 2))
    print("history", history)


if __name__ == "__main__":
    main()
