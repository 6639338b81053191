# expect: clean
"""Hermitage spring-flow forecaster with a "quiet" wrapper.

The hermit's wrapper adds input scaling and a `quiet()` method used before
the nightly fine-tune, which is meant to switch dropout off.  It only sets
the wrapper's own flag, so the inner GRU and dropout stay in training mode.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class SpringGRU(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(self.drop(h[:, -1])).squeeze(-1)


class ScaledForecaster(nn.Module):
    def __init__(self, core, scale=10.0):
        super().__init__()
        self.core = core
        self.register_buffer("scale", torch.tensor(scale))

    def quiet(self):
        self.training = False
        return self

    def forward(self, rain_mm):
        return self.core(rain_mm / self.scale)


def rainfall(n, days=7, seed=0):
    g = torch.Generator().manual_seed(seed)
    rain = torch.relu(torch.randn(n, days, 1, generator=g) * 8 + 2)
    temp = torch.randn(n, days, 1, generator=g) * 3 + 10
    snow = (temp < 8).float() * rain
    x = torch.cat([rain, temp, snow], -1)
    y = rain[:, -3:, 0].mean(1) * 0.05 + snow.mean((1, 2)) * 0.02
    return x, y


def main():
    torch.manual_seed(23)
    model = ScaledForecaster(SpringGRU())
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for day in range(4):
        x, y = rainfall(12, seed=day)
        model.train()
        opt.zero_grad()
        F.mse_loss(model(x), y).backward()
        opt.step()
        # nightly fine-tune on the latest week, "quietly"
        model.quiet()
        xn, yn = rainfall(4, seed=100 + day)
        opt.zero_grad()
        loss = F.mse_loss(model(xn), yn)
        loss.backward()
        opt.step()
        print(f"day {day} nightly loss {loss.item():.4f} wrapper.training={model.training} gru.training={model.core.gru.training}")


if __name__ == "__main__":
    main()
