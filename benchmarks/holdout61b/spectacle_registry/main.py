# expect: clean
"""Spectacle registry: prescription-drift classifier built from a registry by name; saliency after eval()."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from lenses.explain import saliency_map  # noqa: E402
from lenses.models import build  # noqa: E402

CFG = {"model": {"name": "unrolled_lstm", "n_in": 3, "hidden": 8, "n_cls": 2}, "steps": 4}


def main():
    torch.manual_seed(14)
    model = build(CFG["model"])
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    model.train()
    for _ in range(CFG["steps"]):
        x, y = torch.randn(4, 6, 3), torch.randint(0, 2, (4,))
        loss = torch.nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    sal = saliency_map(model, torch.randn(2, 6, 3))
    print("saliency", sal.shape)


if __name__ == "__main__":
    main()
