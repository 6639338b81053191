# expect: crash
"""Lifeboat-station launch forecasting (launches in the next 24h from sea-state
sequences), written against a small hand-rolled Lightning-like API.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from rescue import FitLoop, LaunchForecaster  # noqa: E402


def synthetic_batches(n_batches, batch=4, hours=12, feats=5):
    out = []
    for _ in range(n_batches):
        x = torch.randn(batch, hours, feats)
        y = (x[:, -3:, 0].mean(1) > 0.2).float()
        out.append((x, y))
    return out


def main():
    torch.manual_seed(6)
    module = LaunchForecaster(feats=5, hidden=8)
    loop = FitLoop(max_epochs=2, sanity_val_batches=1)
    history = loop.run(module, synthetic_batches(5), synthetic_batches(2))
    for row in history:
        print(row)


if __name__ == "__main__":
    main()
