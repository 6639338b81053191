# expect: clean
"""Slate splitters: the recurrent scorer is frozen in eval mode and only a new calibration head is trained."""
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, "src")
from cleave import Report, SplitNet, cleavage_sensitivity  # noqa: E402


def main():
    torch.manual_seed(12)
    model = SplitNet().eval()
    for p in model.parameters():
        p.requires_grad_(False)
    calib = nn.Linear(1, 1)
    opt = torch.optim.Adam(calib.parameters(), lr=1e-2)
    taps, good = torch.randn(6, 9, 4), torch.rand(6)
    for _ in range(4):
        raw = model(taps)
        loss = F.binary_cross_entropy_with_logits(calib(raw[:, None]).squeeze(-1), good)
        opt.zero_grad()
        loss.backward()
        opt.step()
    rep = Report()
    rep.add("final loss", loss.item())
    sens = cleavage_sensitivity(model, taps)
    for t, v in enumerate(sens.sum(-1)):
        rep.add(f"tap {t}", v)
    print(rep.render())


if __name__ == "__main__":
    main()
