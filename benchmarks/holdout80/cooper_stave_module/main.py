# expect: crash
"""Stave-leak detection for a cooperage: a hand-rolled LightningModule-style task, a tiny trainer,
and a saliency logger callback."""
import torch

from lite import LiteTrainer
from task import StaveTask
from callbacks import SaliencyLogger, LossPrinter


def loaders(n_train=5, n_val=2):
    def make(n):
        return [(torch.randn(4, 8, 3), torch.randint(0, 2, (4,))) for _ in range(n)]
    return make(n_train), make(n_val)


if __name__ == "__main__":
    torch.manual_seed(3)
    train_dl, val_dl = loaders()
    task = StaveTask(feats=3, hidden=8)
    trainer = LiteTrainer(max_epochs=2, callbacks=[LossPrinter(), SaliencyLogger(val_dl[0][0])])
    trainer.fit(task, train_dl, val_dl)
    print("done", trainer.logged[-1])
