# expect: crash
"""Weir keeping: river level upstream of a weir; a keeper's model is adapted online with dropout-free eval mode."""
import torch
from torch import nn

from models import WeirCell, WeirLSTM, WeirMLP

CONFIG = {"arch": "lstm", "steps": 6, "lr": 0.02}


def build(cfg):
    if cfg["arch"] == "mlp":
        model = WeirMLP(steps=cfg["steps"])
    elif cfg["arch"] == "cell":
        model = WeirCell()
    elif cfg["arch"] == "lstm":
        model = WeirLSTM()
    else:
        raise ValueError(cfg["arch"])
    return model.eval()


model = build(CONFIG)
opt = torch.optim.SGD(model.parameters(), lr=CONFIG["lr"])
for day in range(3):
    x, y = torch.randn(2, CONFIG["steps"], 3), torch.randn(2)
    loss = nn.functional.l1_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print("day", day, loss.item())
