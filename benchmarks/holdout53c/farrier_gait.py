# expect: crash
"""Farrier's gait check: lameness classifier over hoof-sensor strides, then temperature scaling.

The architecture is chosen from the config; after training the model is put in eval mode and a single
temperature is fitted on held-out strides with LBFGS-free plain gradient steps.
"""
import torch
from torch import nn

CONFIG = {"arch": "gru", "sensors": 4, "hidden": 8, "classes": 3, "strides": 7, "epochs": 2}


class GaitGRU(nn.Module):
    def __init__(self, sensors, hidden, classes):
        super().__init__()
        self.rnn = nn.GRU(sensors, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.fc(h[-1])


class GaitCell(nn.Module):
    def __init__(self, sensors, hidden, classes):
        super().__init__()
        self.cell = nn.GRUCell(sensors, hidden)
        self.fc = nn.Linear(hidden, classes)
        self.hidden = hidden

    def forward(self, x):
        h = x.new_zeros(x.shape[0], self.hidden)
        for t in range(x.shape[1]):
            h = self.cell(x[:, t], h)
        return self.fc(h)


def build(cfg):
    if cfg["arch"] == "gru":
        model = GaitGRU(cfg["sensors"], cfg["hidden"], cfg["classes"])
    elif cfg["arch"] == "cell":
        model = GaitCell(cfg["sensors"], cfg["hidden"], cfg["classes"])
    else:
        raise ValueError(cfg["arch"])
    return model


def strides(n, cfg, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, cfg["strides"], cfg["sensors"], generator=g)
    return x, (x[:, :, 0].mean(1) * 3).long().clamp(-1, 1) + 1


def fit_temperature(model, x, y, steps=5):
    model.eval()
    log_t = torch.zeros(1, requires_grad=True)
    opt = torch.optim.SGD([log_t], lr=0.1)
    for _ in range(steps):
        opt.zero_grad()
        nll = nn.functional.cross_entropy(model(x) / log_t.exp(), y)
        nll.backward()  # TM001-here
        opt.step()
    return log_t.exp().item()


def main(cfg=CONFIG):
    torch.manual_seed(6)
    model = build(cfg)
    x, y = strides(10, cfg, 1)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(cfg["epochs"]):
        opt.zero_grad()
        nn.functional.cross_entropy(model(x), y).backward()
        opt.step()
    vx, vy = strides(6, cfg, 2)
    print(cfg["arch"], "temperature", round(fit_temperature(model, vx, vy), 4))


if __name__ == "__main__":
    main()
