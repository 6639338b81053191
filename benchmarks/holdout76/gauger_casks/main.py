# expect: crash
"""Excise gauger: estimate ullage of casks from dip-rod soundings, then
explain each estimate. The explainer is reached through an audit object."""
import torch
from torch import nn

from explain import Audit

torch.manual_seed(2)


class DipNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.enc = nn.LSTM(2, hidden, batch_first=True, bidirectional=True)
        self.reg = nn.Sequential(nn.Linear(2 * hidden, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, soundings):
        h, _ = self.enc(soundings)
        return self.reg(h[:, -1]).squeeze(-1)


def fit(model, x, y, epochs=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(epochs):
        opt.zero_grad()
        loss = nn.functional.smooth_l1_loss(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()


def main():
    x = torch.randn(8, 6, 2)
    y = x[..., 1].mean(1)
    model = DipNet()
    print("loss", fit(model, x, y))
    audit = Audit(model, baseline=torch.zeros(1, 6, 2))
    report = audit.run(x[:3])
    print("top soundings", report)


if __name__ == "__main__":
    main()
