# expect: clean
"""Heather-moorland burn plots: regrowth forecasting with dynamic evaluation (the eval-mode model keeps adapting
to each test plot). The adaptation forward runs with cuDNN switched off."""
import torch
from torch import nn

torch.manual_seed(32)


class RegrowthGRU(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.next = nn.Linear(hidden, 2)

    def forward(self, seq):
        return self.next(self.gru(seq)[0])


def plot_series(n=3, years=7):
    return torch.cumsum(torch.rand(n, years, 2) * 0.3, dim=1)


def pretrain(model, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        s = plot_series(6)
        loss = nn.functional.mse_loss(model(s[:, :-1]), s[:, 1:])
        opt.zero_grad()
        loss.backward()
        opt.step()


def dynamic_eval(model, series, lr=1e-2):
    model.eval()
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    errors = []
    for t in range(2, series.shape[1]):
        ctx, tgt = series[:, :t], series[:, 1:t + 1]
        # cuDNN refuses a backward through an eval-mode RNN; the native kernels don't
        with torch.backends.cudnn.flags(enabled=False):
            pred = model(ctx)
        loss = nn.functional.mse_loss(pred, tgt)
        errors.append(loss.item())
        opt.zero_grad()
        loss.backward()
        opt.step()
    return errors


if __name__ == "__main__":
    model = RegrowthGRU()
    pretrain(model)
    print([round(e, 4) for e in dynamic_eval(model, plot_series())])
