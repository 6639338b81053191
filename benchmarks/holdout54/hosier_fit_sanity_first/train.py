# expect: clean
"""Hosiery knit-tension classifier: entry script, builds everything and fits."""
import torch

from hosiery import KnitTask, Trainer, make_loaders


def main():
    torch.manual_seed(1)
    train_dl, val_dl = make_loaders(n_train=16, n_val=8, batch=4)
    task = KnitTask(n_gauges=5, hidden=10, n_classes=3)
    trainer = Trainer(max_epochs=2, sanity_batches=1, lr=5e-3)
    history = trainer.fit(task, train_dl, val_dl)
    print("history", [round(h, 3) for h in history])


if __name__ == "__main__":
    main()
