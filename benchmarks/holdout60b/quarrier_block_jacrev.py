# expect: crash
"""Quarrier block-yield model: which drill-log channel drives the predicted yield?

After fitting, the model is put into eval mode and the Jacobian of the yield with respect
to every time step and channel of one drill log is taken with torch.func.jacrev.
"""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(4)
CHANNELS = ["torque", "feed", "vibration", "water"]


class YieldNet(nn.Module):
    def __init__(self, d=4, h=10):
        super().__init__()
        self.gru = nn.GRU(d, h, batch_first=True, bidirectional=True)
        self.reg = nn.Sequential(nn.Linear(2 * h, h), nn.Tanh(), nn.Linear(h, 1))

    def forward(self, x):
        h, _ = self.gru(x)
        return self.reg(h.mean(1)).squeeze(-1)


def fit(model, x, y, steps=5):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for _ in range(steps):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def channel_importance(model, log):
    model.eval()
    f = lambda z: model(z.unsqueeze(0)).squeeze(0)
    J = jacrev(f)(log)  # TM002-here
    return J.abs().sum(0)


def main():
    x, y = torch.randn(8, 6, 4), torch.rand(8)
    model = YieldNet()
    print("final mse", round(fit(model, x, y), 4))
    imp = channel_importance(model, x[0])
    for name, v in zip(CHANNELS, imp.tolist()):
        print(f"{name:10s} {v:.4f}")


if __name__ == "__main__":
    main()
