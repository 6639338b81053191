# expect: clean
"""Tram door fault model picked by `match` on a config string; evaluation restores the old mode."""
import torch
from torch import nn

CFG = {"arch": "gru", "hidden": 8, "steps": 3}


def build(cfg):
    match cfg["arch"]:
        case "lstm":
            rnn = nn.LSTM(4, cfg["hidden"], batch_first=True)
        case "gru":
            rnn = nn.GRU(4, cfg["hidden"], batch_first=True)
        case other:
            raise ValueError(other)
    return nn.ModuleDict({"rnn": rnn, "fc": nn.Linear(cfg["hidden"], 2)})


def run(model, x):
    return model["fc"](model["rnn"](x)[0][:, -1])


def evaluate(model, x, y):
    was_training = model.training
    model.eval()
    with torch.no_grad():
        acc = (run(model, x).argmax(1) == y).float().mean().item()
    model.train(was_training)
    return acc


model = build(CFG)
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
x, y = torch.randn(6, 7, 4), torch.randint(0, 2, (6,))
for step in range(CFG["steps"]):
    print("acc", evaluate(model, x, y))
    loss = nn.functional.cross_entropy(run(model, x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
