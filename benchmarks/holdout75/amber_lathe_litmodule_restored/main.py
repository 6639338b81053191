# expect: clean
"""Amber turning: classify lathe chatter from spindle vibration windows (a hand-written Lightning-like loop)."""
import torch

from lathe.module import ChatterModule
from lathe.runner import Runner


def loaders(seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(6, 7, 3, generator=g), torch.randint(0, 2, (6,), generator=g)) for _ in range(3)]


if __name__ == "__main__":
    torch.manual_seed(0)
    module = ChatterModule(hidden=12)
    runner = Runner(max_epochs=2, check_val_every_n_epoch=1)
    runner.fit(module, loaders(1), loaders(2))
    print("val acc", runner.logged["val_acc"])
