# expect: clean
"""Lamplighter route timing: predict minutes per lamp from gas-pressure and wind readings."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from lamplight import TrainerBuilder, RouteGRU  # noqa: E402
from lamplight.engine.callbacks import PeriodicEval, LossPrinter  # noqa: E402


def route_batches(n_batches, batch=4, lamps=6, feats=3, seed=0):
    g = torch.Generator().manual_seed(seed)
    for _ in range(n_batches):
        x = torch.randn(batch, lamps, feats, generator=g)
        yield x, (x[..., 1].abs() * 2 + 1).mean(1)


def main():
    trainer = (
        TrainerBuilder()
        .with_model(RouteGRU(feats=3, hidden=8))
        .with_optimizer("Adam", lr=3e-3)
        .with_epochs(2)
        .add_callback(PeriodicEval(every=2, batches=lambda: route_batches(2, seed=99)))
        .add_callback(LossPrinter())
        .build()
    )
    trainer.fit(lambda: route_batches(5))
    print("evals", trainer.state["evals"])


if __name__ == "__main__":
    main()
