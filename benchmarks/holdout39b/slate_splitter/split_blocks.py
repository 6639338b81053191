# expect: crash
"""Slate splitters' quality check: train the scorer, then report which tap positions matter."""
import sys

import torch
import torch.nn.functional as F

sys.path.insert(0, "src")
from cleave import Report, SplitNet, cleavage_sensitivity  # noqa: E402


def main():
    torch.manual_seed(12)
    model = SplitNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    taps, good = torch.randn(6, 9, 4), torch.rand(6)
    model.train()
    for _ in range(4):
        loss = F.binary_cross_entropy_with_logits(model(taps), good)
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
