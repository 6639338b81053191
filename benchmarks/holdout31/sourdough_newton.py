# expect: crash
"""Sourdough starter: forecast peak rise height from the feeding schedule and
kitchen temperature. The output layer's bias is refined with a few damped
Newton steps on the full loss (Hessian-vector products through the model,
which stays in train mode)."""
import torch
from torch import nn
from torch.autograd.functional import hvp

torch.manual_seed(73)


class RiseNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)


def feedings(n=8, t=9, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.rand(n, t, 3, generator=g)  # flour g, water g, temp
    y = 2.0 * x[..., 2].mean(1) + 0.5 * (x[..., 0] / (x[..., 1] + 0.5)).mean(1)
    return x, y


def main():
    model = RiseNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for s in range(4):
        x, y = feedings(seed=s)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()

    x, y = feedings(n=12, seed=100)
    w = model.lstm.weight_hh_l0.detach().clone()

    def loss_of(w_hh):
        out, _ = torch.func.functional_call(model.lstm, {"weight_hh_l0": w_hh}, (x,))
        return nn.functional.mse_loss(model.out(out[:, -1]).squeeze(-1), y)

    for it in range(2):
        w.requires_grad_(True)
        g = torch.autograd.grad(loss_of(w), w)[0]
        _, hg = hvp(loss_of, w.detach(), g)  # TM003-here
        step = (g * g).sum() / ((g * hg).sum().abs() + 1e-3)
        w = (w - 0.5 * step * g).detach()
        print(f"newton step {it}: loss {loss_of(w).item():.4f}")


if __name__ == "__main__":
    main()
