# expect: clean
"""Canal-lock water levels: a GRU forecasts the chamber level six steps ahead
from sluice openings. The lock keeper's dashboard shows how each past sluice
opening moves the forecast (a Jacobian), computed with torch.func."""
import torch
from torch import nn
from torch.backends import cudnn
from torch.func import jacrev

torch.manual_seed(8)
HORIZON = 6


class LockLevel(nn.Module):
    def __init__(self, n_in=2, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, HORIZON)

    def forward(self, sluices):
        _, h = self.gru(sluices)
        return self.out(h[-1])


def fit(model, steps=5):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        x = torch.rand(4, 10, 2)
        y = x[:, -HORIZON:, 0].cumsum(1) - x[:, -HORIZON:, 1].cumsum(1)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def sluice_jacobian(model, window):
    """d forecast / d window for one lock cycle. torch.func cannot see through
    the fused cuDNN kernel, so the transform runs with cuDNN switched off."""
    def f(w):
        return model(w.unsqueeze(0)).squeeze(0)

    with cudnn.flags(enabled=False):
        return jacrev(f)(window)


def main():
    model = LockLevel()
    fit(model)
    model.eval()
    window = torch.rand(10, 2)
    jac = sluice_jacobian(model, window)  # (HORIZON, 10, 2)
    print("jacobian shape", tuple(jac.shape))
    print("upstream sluice influence by lag", jac[..., 0].abs().sum(0).round(decimals=3).tolist())


if __name__ == "__main__":
    main()
