# expect: crash
"""Charcoal clamp temperature forecaster with input sensitivities.

A GRU forecasts the clamp core temperature from vent readings. A sensitivity
report uses torch.func.vjp to get d(forecast)/d(vent readings) for the last
batch; the model is left in training mode the whole time.
"""
import torch
import torch.nn as nn
from torch.func import vjp

torch.manual_seed(8)

CONFIG = {"hidden": 8, "vents": 4, "steps": 6, "lr": 5e-3, "epochs": 2}


class ClampForecaster(nn.Module):
    def __init__(self, vents, hidden):
        super().__init__()
        self.gru = nn.GRU(vents, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, vents):
        out, _ = self.gru(vents)
        return self.head(out).squeeze(-1)


def fit(model, data, cfg):
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"])
    for epoch in range(cfg["epochs"]):
        for x, y in data:
            opt.zero_grad()
            loss = nn.functional.smooth_l1_loss(model(x), y)
            loss.backward()
            opt.step()
        print(f"epoch {epoch}: {loss.item():.4f}")


def sensitivity(model, x):
    forecast, pullback = vjp(model, x)  # TM002-here
    (dx,) = pullback(torch.ones_like(forecast))
    return dx.abs().mean(dim=(0, 1))


def main():
    cfg = CONFIG
    model = ClampForecaster(cfg["vents"], cfg["hidden"])
    data = [(torch.randn(3, cfg["steps"], cfg["vents"]), torch.randn(3, cfg["steps"])) for _ in range(3)]
    fit(model, data, cfg)
    print("vent sensitivity", sensitivity(model, data[-1][0]).tolist())


if __name__ == "__main__":
    main()
