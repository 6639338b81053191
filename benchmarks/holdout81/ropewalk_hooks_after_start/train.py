# expect: clean
"""Ropewalk twist-tension regression with a hand-written Lightning-like module and callbacks."""
import torch

from ropewalk.callbacks import PreviewPrediction, LossPrinter
from ropewalk.module import TensionModule
from ropewalk.trainer import MiniTrainer


def main():
    torch.manual_seed(9)
    x, y = torch.randn(12, 6, 3), torch.randn(12, 1)
    batches = [(x[i:i + 4], y[i:i + 4]) for i in range(0, 12, 4)]
    trainer = MiniTrainer(max_epochs=2, callbacks=[PreviewPrediction(x[:2]), LossPrinter()])
    trainer.fit(TensionModule(), batches)


if __name__ == "__main__":
    main()
