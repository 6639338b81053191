# expect: crash
"""Entry: train a clog-fit model, then compute validation-batch pruning scores."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
from clogworks import build_model, PruningTrainer  # noqa: E402

CONFIG = {
    "model": {"name": "stride_lstm", "n_in": 5, "hidden": 12, "n_out": 2},
    "trainer": {"epochs": 2, "lr": 0.01, "batch_size": 4, "keep_ratio": 0.5},
}


def main():
    torch.manual_seed(5)
    x, y = torch.randn(20, 8, 5), torch.randint(0, 2, (20,))
    vx, vy = torch.randn(8, 8, 5), torch.randint(0, 2, (8,))
    model = build_model(CONFIG["model"])
    trainer = PruningTrainer(model, **CONFIG["trainer"])
    trainer.fit((x, y), (vx, vy))
    print("kept fraction", trainer.kept_fraction)


if __name__ == "__main__":
    main()
