# expect: crash
"""Salt-pan evaporation: predict daily brine-depth loss in solar salt pans from
wind, humidity, irradiance and brine density. The operators want the model to be
smooth in brine density, so training adds an input-gradient penalty computed with
torch.func.grad on the density channel (model kept in train mode throughout).
"""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import grad

torch.manual_seed(97)
SETTINGS = {"hidden": 10, "days": 7, "batch": 5, "steps": 4, "lam": 0.05, "lr": 5e-3}


class PanModel(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1]).squeeze(-1)


def weather(b, days):
    wind = torch.rand(b, days, 1)
    rh = torch.rand(b, days, 1)
    sun = torch.rand(b, days, 1)
    rho = 1.2 + 0.1 * torch.rand(b, days, 1)
    loss = (0.5 * wind + 0.8 * sun - 0.6 * rh).mean((1, 2)) * (1.3 - rho[:, -1, 0]) * 10
    return torch.cat([wind, rh, sun, (rho - 1.2) * 10], -1), loss


def density_smoothness(model, x):
    def total_pred(inp):
        return model(inp).sum()

    g = grad(total_pred)(x)  # TM002-here
    return g[..., 3].pow(2).mean()


def main(cfg):
    model = PanModel(cfg["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    model.train()
    for step in range(cfg["steps"]):
        x, y = weather(cfg["batch"], cfg["days"])
        mse = F.mse_loss(model(x), y)
        pen = density_smoothness(model, x)
        loss = mse + cfg["lam"] * pen
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step}: mse {mse.item():.4f} smooth {pen.item():.4f}")


if __name__ == "__main__":
    main(SETTINGS)
