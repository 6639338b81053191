# expect: clean
"""Cross-country ski wax: predict glide time over a test stretch from snow
temperature, humidity and grain-size readings along the track. Each training
step also scores one validation batch for the live dashboard; that happens
between the forward pass and the backward pass of the training batch."""
import torch
from torch import nn
from torch.nn import functional as F

torch.manual_seed(83)


class GlideNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(3, hidden, batch_first=True, num_layers=2, dropout=0.1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1]).squeeze(-1)


def track(n=6, points=10, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, points, 3, generator=g)
    return x, 10 + x[..., 0].mean(1) - 0.5 * x[..., 2].abs().mean(1)


def dashboard_score(model, seed):
    model.eval()
    with torch.no_grad():
        x, y = track(seed=seed)
        return F.l1_loss(model(x), y).item()


def main():
    model = GlideNet()
    opt = torch.optim.SGD(model.parameters(), lr=1e-2)
    for step in range(4):
        model.train()
        x, y = track(seed=step)
        loss = F.mse_loss(model(x), y)
        live = dashboard_score(model, seed=1000 + step)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step}: train {loss.item():.3f} dashboard MAE {live:.3f}")


if __name__ == "__main__":
    main()
