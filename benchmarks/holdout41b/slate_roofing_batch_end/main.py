# expect: clean
"""Slate-roofing leak detection, trained by the litish loop."""
import torch

from litish import Loop
from roofs import RoofLeakModel


def make(n, bs=4):
    return [(torch.randn(bs, 6, 4), torch.randint(0, 2, (bs,))) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(6)
    logged = Loop(max_epochs=2).fit(RoofLeakModel(), make(3), make(2))
    print({k: round(v, 4) for k, v in logged.items()})
