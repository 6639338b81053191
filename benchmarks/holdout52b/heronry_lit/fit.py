# expect: crash
"""Heronry: classify nest-camera activity sequences with a hand-rolled
Lightning-like module; relevance maps are logged when validation ends."""
import torch

from heron_module import NestActivityModule
from minilit import Trainer


def loaders(n_feat=5, steps=6, batch=4):
    g = torch.Generator().manual_seed(8)
    mk = lambda n: [(torch.randn(batch, steps, n_feat, generator=g),  # noqa: E731
                     torch.randint(0, 3, (batch,), generator=g)) for _ in range(n)]
    return mk(3), mk(1)


if __name__ == "__main__":
    torch.manual_seed(8)
    train_dl, val_dl = loaders()
    module = NestActivityModule(n_feat=5, hidden=8, n_cls=3)
    trainer = Trainer(max_epochs=2)
    trainer.fit(module, train_dl, val_dl)
    print("logged:", sorted(module.logged))
