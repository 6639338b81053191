# expect: crash
"""Contour-line digitiser: a hand-written LightningModule look-alike and its Trainer."""
import torch

from survey import ContourModule, MiniTrainer, make_loaders

if __name__ == "__main__":
    torch.manual_seed(9)
    train_dl, val_dl = make_loaders(n_train=4, n_val=2)
    module = ContourModule(hidden=8, lr=5e-3)
    trainer = MiniTrainer(max_epochs=2, val_every=1)
    trainer.fit(module, train_dl, val_dl)
    print("logged", {k: round(v, 4) for k, v in trainer.logged.items()})
