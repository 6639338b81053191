# expect: crash
"""State-of-charge estimation for Li-ion cells from (voltage, current, temp)
windows. A `partial` bakes the mode into a reusable runner; the calibration
phase reuses the inference runner by mistake.
"""
from functools import partial
from types import SimpleNamespace

import torch
import torch.nn as nn

cfg = SimpleNamespace(hidden=12, window=8, batch=6, lr=3e-3, calib_steps=2)


class SoCNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.norm = nn.LayerNorm(3)
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, 8), nn.ReLU(), nn.Linear(8, 1), nn.Sigmoid())

    def forward(self, x):
        out, _ = self.gru(self.norm(x))
        return self.head(out[:, -1]).squeeze(-1)


def run(model, batch, train):
    model.train(train)
    x, soc = batch
    pred = model(x)
    return pred, nn.functional.mse_loss(pred, soc)


def synthetic_cycle(n):
    t = torch.linspace(0, 1, cfg.window).expand(n, -1)
    soc = torch.rand(n)
    volt = 3.0 + soc.unsqueeze(1) + 0.05 * torch.randn(n, cfg.window)
    cur = -torch.rand(n, 1) * t
    temp = 25 + torch.randn(n, cfg.window)
    return torch.stack([volt, cur, temp / 40], dim=-1), soc


fit_step = partial(run, train=True)
infer = partial(run, train=False)


def main():
    torch.manual_seed(2)
    model = SoCNet(cfg.hidden)
    opt = torch.optim.Adam(model.parameters(), lr=cfg.lr)
    for epoch in range(3):
        _, loss = fit_step(model, synthetic_cycle(cfg.batch))
        opt.zero_grad()
        loss.backward()
        opt.step()
        with torch.no_grad():
            _, val = infer(model, synthetic_cycle(cfg.batch))
        print(f"epoch {epoch} train {loss.item():.4f} val {val.item():.4f}")

    # per-cell calibration on a few fresh cycles of the deployed cell
    for _ in range(cfg.calib_steps):
        _, loss = infer(model, synthetic_cycle(cfg.batch))
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("calibrated", round(loss.item(), 4))


if __name__ == "__main__":
    main()
