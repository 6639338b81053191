# expect: crash
"""Bellfounder pour: train a tuning classifier with the hand-written Loop and report relevance."""
import torch

from bellfounder import Loop
from models import BellToneModule

torch.manual_seed(8)


def loader(n_batches, bs=4, T=7, P=5):
    return [(torch.randn(bs, T, P), torch.randint(0, 3, (bs,))) for _ in range(n_batches)]


if __name__ == "__main__":
    module = BellToneModule()
    Loop(max_epochs=2).fit(module, loader(3), loader(2))
    print("relevance per partial:", module.relevance.tolist())
