# expect: clean
"""Candle burn-time regression with a gradient-norm penalty (flat-minima regulariser):
loss + lam * ||dL/dtheta||^2, which needs create_graph=True and a second backward."""
import torch
import torch.nn as nn

torch.manual_seed(2)
CONFIG = {"hidden": 10, "lam": 0.05, "lr": 3e-3, "steps": 4, "batch": 5, "seq": 6}


class WickModel(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.reg = nn.Linear(hidden, 1)

    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return self.reg(h[-1]).squeeze(-1)


def penalised_loss(model, x, y, lam):
    base = nn.functional.smooth_l1_loss(model(x), y)
    params = [p for p in model.parameters() if p.requires_grad]
    grads = torch.autograd.grad(base, params, create_graph=True)
    gnorm = sum((g ** 2).sum() for g in grads)
    return base + lam * gnorm, base.detach(), gnorm.detach()


def main(cfg):
    model = WickModel(cfg["hidden"])
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    for step in range(cfg["steps"]):
        x = torch.rand(cfg["batch"], cfg["seq"], 3)
        y = x.sum((1, 2))
        # double backward is not available for fused RNN kernels; use the native path
        with torch.backends.cudnn.flags(enabled=False):
            total, base, gnorm = penalised_loss(model, x, y, cfg["lam"])
            opt.zero_grad()
            total.backward()
        opt.step()
        print(f"step {step} base={base.item():.3f} gnorm={gnorm.item():.3f}")


if __name__ == "__main__":
    main(CONFIG)
