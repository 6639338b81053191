# expect: crash
"""Predicts thread breaks from spindle tension; the model is calibrated before training."""
import torch
from torch import nn

from yarn.build import build

CFG = {"arch": "gru", "hidden": 8, "lr": 5e-3, "steps": 4}


def calibrate(net, x):
    # set the output bias to the mean tension seen on a frozen pass
    net.eval()
    with torch.no_grad():
        net.out.bias.fill_(float(x.mean()))


def main():
    torch.manual_seed(2)
    x = torch.rand(6, 10, 1)
    target = (x.squeeze(-1) > 0.8).float()
    net = build(CFG["arch"], CFG["hidden"])
    calibrate(net, x)
    opt = torch.optim.Adam(net.parameters(), lr=CFG["lr"])
    for step in range(CFG["steps"]):
        loss = nn.functional.binary_cross_entropy_with_logits(net(x), target)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print(CFG["arch"], "loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
