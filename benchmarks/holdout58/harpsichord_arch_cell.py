# expect: clean
"""Harpsichord voicing: predict plectrum wear from key-velocity sequences.

One script for several architectures; the baseline score is taken with the
freshly built network in inference mode, then the same `net` is fine-tuned.
"""
import argparse
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("voicing")


class LstmVoicer(nn.Module):
    def __init__(self, n_keys, hidden):
        super().__init__()
        self.rnn = nn.LSTM(n_keys, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_keys)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])


class CellVoicer(nn.Module):
    def __init__(self, n_keys, hidden):
        super().__init__()
        self.cell = nn.LSTMCell(n_keys, hidden)
        self.out = nn.Linear(hidden, n_keys)

    def forward(self, x):
        h = c = x.new_zeros(x.shape[0], self.cell.hidden_size)
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h)


class ConvVoicer(nn.Module):
    def __init__(self, n_keys, hidden):
        super().__init__()
        self.conv = nn.Conv1d(n_keys, hidden, 3, padding=1)
        self.out = nn.Linear(hidden, n_keys)

    def forward(self, x):
        return self.out(self.conv(x.transpose(1, 2)).mean(-1))


def velocity_batch(bs=4, t=8, n_keys=6):
    x = torch.rand(bs, t, n_keys)
    return x, x.cumsum(1)[:, -1] / t


@torch.no_grad()
def baseline_score(net, n=3):
    return sum(F.mse_loss(net(x), y).item() for x, y in (velocity_batch() for _ in range(n))) / n


def finetune(net, steps):
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    for _ in range(steps):
        x, y = velocity_batch()
        loss = F.mse_loss(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default="cell", choices=["lstm", "cell", "conv"])
    ap.add_argument("--hidden", type=int, default=8)
    ap.add_argument("--steps", type=int, default=3)
    args = ap.parse_args([])
    torch.manual_seed(31)

    if args.arch == "lstm":
        net = LstmVoicer(6, args.hidden)
    elif args.arch == "cell":
        net = CellVoicer(6, args.hidden)
    else:
        net = ConvVoicer(6, args.hidden)
    net.eval()

    log.info("%s baseline %.4f", args.arch, baseline_score(net))
    log.info("%s finetuned %.4f", args.arch, finetune(net, args.steps))


if __name__ == "__main__":
    main()
