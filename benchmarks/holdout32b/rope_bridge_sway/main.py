# expect: crash
"""Rope-bridge sway: a Fisher-information probe (empirical, via torch.func.vjp) during training."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from ropebridge import SwayModel, fisher_trace, train_epoch  # noqa: E402


def anemometer(bs=6, t=5):
    wind = torch.randn(bs, t, 2)
    sway = torch.sin(wind[:, :, 0]).sum(1, keepdim=True)
    return wind, sway


def main():
    torch.manual_seed(18)
    model = SwayModel(hidden=6)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for epoch in range(2):
        loss = train_epoch(model, opt, [anemometer() for _ in range(2)])
        tr = fisher_trace(model, anemometer(4))
        print(f"epoch {epoch} loss {loss:.3f} fisher-trace {tr:.3f}")


if __name__ == "__main__":
    main()
