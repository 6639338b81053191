# expect: clean
"""Xylophone mallet-hardness probing: pretrain a registered sequence encoder on
bar-strike spectra, evaluate it, then fit a linear probe on its frozen features."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from xylo import ProbeTrainer, build_model  # noqa: E402

CFG = {"arch": "gru_encoder", "bins": 5, "hidden": 8, "classes": 3, "lr": 0.01}


def loader(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 10, CFG["bins"], generator=g), torch.randint(0, CFG["classes"], (4,), generator=g))
            for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(41)
    model = build_model(CFG)
    trainer = ProbeTrainer(model, CFG)
    trainer.pretrain(loader(3, 0))
    print("pretrain acc", trainer.evaluate(loader(2, 1)))
    print("probe acc", trainer.linear_probe(loader(3, 2), loader(2, 3)))
