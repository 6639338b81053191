# expect: clean
"""Glazier's kiln: predicts crack risk for a pane from its cooling curve.  The
architecture comes from the command line; the pretrained weights come "frozen"
for calibration, and a short fine-tune adapts them to the new kiln."""
import argparse

import torch
import torch.nn.functional as F
from torch import nn


class CurveLSTM(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(2, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1]).squeeze(-1)


class CurveCell(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.cell = nn.LSTMCell(2, hidden)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h = c = x.new_zeros(x.size(0), self.cell.hidden_size)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.fc(h).squeeze(-1)


class CurveConv(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.conv = nn.Conv1d(2, hidden, 3, padding=1)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.conv(x.transpose(1, 2)).mean(-1)).squeeze(-1)


def load_pretrained(arch):
    if arch == "lstm":
        net = CurveLSTM().eval()
    elif arch == "cell":
        net = CurveCell().eval()
    elif arch == "conv":
        net = CurveConv().eval()
    else:
        raise ValueError(arch)
    return net


def calibrate(net, x):
    with torch.no_grad():
        return torch.sigmoid(net(x)).mean().item()


def finetune(net, steps=3):
    opt = torch.optim.SGD(net.parameters(), lr=0.05)
    for s in range(steps):
        g = torch.Generator().manual_seed(s)
        x = torch.randn(5, 9, 2, generator=g)
        y = (x[:, -1, 0] > 0).float()
        loss = F.binary_cross_entropy_with_logits(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default="lstm", choices=["lstm", "cell", "conv"])
    args = ap.parse_args(argv)
    torch.manual_seed(0)
    net = load_pretrained(args.arch)
    print("mean risk before", round(calibrate(net, torch.randn(4, 9, 2)), 3))
    print("finetune loss", round(finetune(net), 4))


if __name__ == "__main__":
    main(["--arch", "cell"])
