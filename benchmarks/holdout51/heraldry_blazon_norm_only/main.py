# expect: clean
"""Heraldry: tag each token of a blazon (tincture / charge / ordinary / other)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import torch  # noqa: E402

from blazon import BlazonTagger, fit  # noqa: E402

CFG = {
    "vocab": 50,
    "dim": 8,
    "hidden": 10,
    "tags": 4,
    "epochs": 2,
    "lr": 0.02,
    # statistics of the norm layer come from the pretraining armorial; keep them fixed
    "eval_prefixes": ["enc_norm"],
}


def main():
    torch.manual_seed(7)
    tokens = torch.randint(0, CFG["vocab"], (16, 8))
    tags = tokens % CFG["tags"]
    model = BlazonTagger(CFG["vocab"], CFG["dim"], CFG["hidden"], CFG["tags"])
    losses = fit(model, tokens, tags, CFG)
    print("losses", [round(v, 3) for v in losses])


if __name__ == "__main__":
    main()
