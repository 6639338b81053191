# expect: crash
"""Bladesmith quench log: fine-tune a pretrained hardness regressor on a new steel."""
import os
import tempfile

import torch
import torch.nn.functional as F

from forge import build

STEEL = "1095"


def pretrained_state():
    src = build("quench_gru", n_in=3, hidden=8)
    return {k: v.clone() for k, v in src.state_dict().items()}


def main():
    state = pretrained_state()
    path = os.path.join(tempfile.mkdtemp(), "quench.pt")
    torch.save(state, path)
    try:
        model = build.load("quench_gru", path, n_in=3, hidden=8)
    finally:
        os.remove(path)
        os.rmdir(os.path.dirname(path))
    opt = torch.optim.SGD(model.parameters(), lr=1e-2)
    for step in range(4):
        temps = torch.randn(5, 8, 3)
        hardness = torch.randn(5, 1)
        loss = F.smooth_l1_loss(model(temps), hardness)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print(STEEL, "final loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
