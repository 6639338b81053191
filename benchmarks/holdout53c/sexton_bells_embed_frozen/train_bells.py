# expect: clean
"""Sexton's belfry log: classify which peal is being rung from rope-pull timings.

The pull encoder (embedding + GRU) is the one trained on last year's logs; only the classifier is new.
The embedding table is part of the frozen encoder too.
"""
import torch

from belfry.model import PealClassifier
from belfry.loop import fit

if __name__ == "__main__":
    torch.manual_seed(9)
    model = PealClassifier(n_bells=6, emb=6, hidden=10, n_peals=3)
    pulls = torch.randint(0, 6, (10, 12))
    peal = pulls[:, :3].sum(1) % 3
    history = fit(model, pulls, peal, epochs=2, lr=1e-2)
    print("loss history", [round(h, 4) for h in history])
