# expect: clean
"""Rippier fish-catch grading: a small Lightning-like module and a hand-written Trainer."""
import torch

from rippier.task import CatchGrader
from rippier.trainer import MiniTrainer
from rippier.callbacks import SaliencyLogger, LossPrinter


def main():
    torch.manual_seed(1)
    x = torch.randn(12, 5, 4)
    y = torch.randint(0, 3, (12,))
    task = CatchGrader(n_in=4, hidden=8, n_cls=3)
    trainer = MiniTrainer(max_epochs=2, callbacks=[LossPrinter(), SaliencyLogger(n=2)])
    trainer.fit(task, (x, y), (x[:4], y[:4]))
    print("saliency norms", trainer.logged.get("saliency"))


if __name__ == "__main__":
    main()
