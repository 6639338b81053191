# expect: crash
"""Entry point: python train.py"""
import logging
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from quiller import build_model  # noqa: E402
from quiller.tasks import TestTimeTrainer  # noqa: E402

CFG = {"n_feat": 5, "hidden": 8, "n_cls": 4, "epochs": 2, "lr": 3e-3, "ttt_lr": 1e-3}


def loader(n, bsz=4, seq=9):
    g = torch.Generator().manual_seed(n)
    return [(torch.randn(bsz, seq, CFG["n_feat"], generator=g), torch.randint(0, CFG["n_cls"], (bsz,), generator=g))
            for _ in range(n)]


def main():
    logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")
    torch.manual_seed(0)
    model = build_model(CFG)
    opt = torch.optim.AdamW(model.parameters(), lr=CFG["lr"])
    trainer = TestTimeTrainer(model, opt, torch.nn.CrossEntropyLoss(), CFG)
    hist = trainer.fit(loader(4), loader(2))
    print("final", hist[-1])


if __name__ == "__main__":
    main()
