# expect: crash
"""Hurdy-gurdy drone pitch: one name for several architectures, BatchNorm statistics frozen for fine-tuning."""
import argparse

import torch
from torch import nn


class ConvNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.conv = nn.Conv1d(n_in, hidden, 3, padding=1)
        self.bn = nn.BatchNorm1d(hidden)
        self.fc = nn.Linear(hidden, 1)

    def features(self, x):
        return torch.relu(self.bn(self.conv(x.transpose(1, 2)))).transpose(1, 2)

    def forward(self, x):
        return self.fc(self.features(x).mean(1)).squeeze(-1)


class ConvGRUNet(ConvNet):
    """Same convolutional front-end, a GRU on top."""

    def __init__(self, n_in=3, hidden=8):
        super().__init__(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)

    def forward(self, x):
        return self.fc(self.gru(self.features(x))[0][:, -1]).squeeze(-1)


class MLPNet(nn.Module):
    def __init__(self, n_in=3, seq=6):
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(n_in * seq, 8), nn.ReLU(), nn.Linear(8, 1))

    def forward(self, x):
        return self.net(x).squeeze(-1)


HAS_BATCHNORM = (ConvNet,)


def build(arch):
    if arch == "conv":
        net = ConvNet()
    elif arch == "convgru":
        net = ConvGRUNet()
    elif arch == "mlp":
        net = MLPNet()
    else:
        raise ValueError(arch)
    return net


def finetune(net, steps=2):
    opt = torch.optim.SGD(net.parameters(), lr=0.01)
    net.train()
    if isinstance(net, HAS_BATCHNORM):
        net.eval()  # keep the pretrained BatchNorm statistics fixed
    for _ in range(steps):
        x = torch.randn(4, 6, 3)
        loss = (net(x) - x.std((1, 2))).pow(2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--archs", default="mlp,conv,convgru")
    args = parser.parse_args([])
    torch.manual_seed(10)
    for arch in args.archs.split(","):
        net = build(arch)
        print(arch, round(finetune(net), 4))


if __name__ == "__main__":
    main()
