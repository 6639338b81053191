# expect: crash
"""Kiln temperature-curve model for a glazier: predicts crack risk of annealed panes. Validation
runs every few steps through a decorated method."""
import torch

from pane.runner import KilnRunner
from pane.model import CrackRisk


def curves(n, batch=4, seq=10):
    return [(torch.randn(batch, seq, 2), torch.rand(batch)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(5)
    runner = KilnRunner(CrackRisk(hidden=8), val_every=2)
    runner.run(curves(6), curves(2))
    print(runner.report())
