# expect: crash
"""Freight hub demand forecasting: entry point (src/ layout)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
from freight_hub import Trainer, LaneForecaster, make_lanes  # noqa: E402


def main():
    torch.manual_seed(0)
    train, val = make_lanes(6), make_lanes(2)
    model = LaneForecaster(n_feat=4, hidden=8)
    trainer = Trainer(model, lr=3e-3)
    history = trainer.fit(train, val, epochs=2)
    print("history", [round(h, 3) for h in history])


if __name__ == "__main__":
    main()
