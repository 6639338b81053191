# expect: clean
"""Distil a large foil-gauge model into a small one with a hand-written LightningModule-like class."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from foilkd import DistilModule, Runner  # noqa: E402

HPARAMS = {"vocab": 30, "emb": 6, "t_hidden": 16, "s_hidden": 4, "classes": 4, "tau": 2.0, "alpha": 0.5,
           "lr": 1e-2, "max_epochs": 2}


def loader(n_batches=3, bs=4, seq=7, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randint(0, HPARAMS["vocab"], (bs, seq), generator=g),
             torch.randint(0, HPARAMS["classes"], (bs,), generator=g)) for _ in range(n_batches)]


if __name__ == "__main__":
    torch.manual_seed(0)
    module = DistilModule(HPARAMS)
    runner = Runner(max_epochs=HPARAMS["max_epochs"])
    runner.fit(module, loader(), loader(n_batches=1, seed=1))
    print("logged", runner.logged[-1])
