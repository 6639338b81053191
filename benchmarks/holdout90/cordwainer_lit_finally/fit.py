# expect: clean
"""Cordwainer sole-wear prediction with a hand-written Lightning-like module and trainer."""
import torch

from cordwainer.lit import WearModule
from cordwainer.trainer import MiniTrainer
from cordwainer.callbacks import LossPrinter


def main():
    torch.manual_seed(12)
    module = WearModule(feat=4, hidden=8)
    trainer = MiniTrainer(max_epochs=2, callbacks=[LossPrinter()])
    trainer.fit(module)
    print("done", len(trainer.logged))


if __name__ == "__main__":
    main()
