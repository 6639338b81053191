# expect: crash
"""Kiln-vent pressure forecasting with one name for three architectures built by an if/elif factory. The
fine-tune puts a model in eval mode to keep its BatchNorm statistics when it is a conv net
(`isinstance(net, KEEP_STATS)`), and the conv+GRU subclass is one: its GRU runs the backward in eval mode."""
import torch
from torch import nn


class VentConv(nn.Module):
    def __init__(self, sensors=3, width=8):
        super().__init__()
        self.conv = nn.Conv1d(sensors, width, 3, padding=1)
        self.norm = nn.BatchNorm1d(width)
        self.out = nn.Linear(width, 1)

    def features(self, x):
        return torch.relu(self.norm(self.conv(x.transpose(1, 2)))).transpose(1, 2)

    def forward(self, x):
        return self.out(self.features(x).mean(1)).squeeze(-1)


class VentConvGRU(VentConv):
    def __init__(self, sensors=3, width=8):
        super().__init__(sensors, width)
        self.gru = nn.GRU(width, width, batch_first=True)

    def forward(self, x):
        return self.out(self.gru(self.features(x))[0][:, -1]).squeeze(-1)


class VentMLP(nn.Module):
    def __init__(self, sensors=3, steps=10):
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(sensors * steps, 1))

    def forward(self, x):
        return self.net(x).squeeze(-1)


KEEP_STATS = (VentConv,)


def make(kind):
    if kind == "conv":
        return VentConv()
    elif kind == "conv_gru":
        return VentConvGRU()
    return VentMLP()


def finetune(net, steps=2):
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    net.train()
    if isinstance(net, KEEP_STATS):
        net.eval()
    for _ in range(steps):
        x = torch.randn(4, 10, 3)
        loss = (net(x) - x.amax((1, 2))).pow(2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(1)
    for kind in ("mlp", "conv", "conv_gru"):
        print(kind, finetune(make(kind)))
