# expect: crash
"""Mill-race flow forecaster for a water-powered corn mill.

Sluice-gate and upstream-gauge readings every 15 minutes -> flow at the wheel
an hour later. A gradient-norm penalty (Drucker & LeCun style double
backprop on the parameters) keeps the forecaster flat around the operating
point, so a gate nudge does not swing the prediction.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

PENALTY = 0.1


class RaceForecaster(nn.Module):
    def __init__(self, n_in=3, hidden=10):
        super().__init__()
        self.encoder = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        out, _ = self.encoder(x)
        return self.head(out[:, -1]).squeeze(-1)


def penalised_params(model):
    return list(model.parameters())


def gauge_windows(batch=6, steps=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(batch, steps, 3, generator=g)
    flow = 0.6 * x[:, -4:, 0].mean(1) + 0.3 * x[:, :, 1].mean(1)
    return x, flow


def train_step(model, opt, x, y):
    model.train()
    fit = F.mse_loss(model(x), y)
    grads = torch.autograd.grad(fit, penalised_params(model), create_graph=True)
    gnorm = torch.sqrt(sum((g ** 2).sum() for g in grads) + 1e-12)
    loss = fit + PENALTY * gnorm
    opt.zero_grad()
    loss.backward()  # TM003-here
    opt.step()
    return fit.item(), gnorm.item()


def main():
    torch.manual_seed(0)
    model = RaceForecaster()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for it in range(5):
        x, y = gauge_windows(seed=it)
        fit, gnorm = train_step(model, opt, x, y)
        print(f"step {it}: mse {fit:.4f} grad-norm {gnorm:.4f}")
    model.eval()
    with torch.no_grad():
        x, y = gauge_windows(seed=100)
        print("held-out mse:", F.mse_loss(model(x), y).item())


if __name__ == "__main__":
    main()
