# expect: crash
"""One script for two architectures of a loom-tension forecaster. The options are parsed from a
command line written in the script (an empty list given to the parser), so every run takes the defaults: `--arch`
is "seq" and the model is an nn.LSTM. It is fine-tuned in eval mode: the backward goes through an
eval-mode LSTM and cuDNN refuses."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F


class SeqTension(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.lstm = nn.LSTM(4, width, batch_first=True)
        self.out = nn.Linear(width, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)


class CellTension(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.cell = nn.LSTMCell(4, width)
        self.out = nn.Linear(width, 1)

    def forward(self, x):
        h = c = x.new_zeros(x.size(0), self.cell.hidden_size)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h).squeeze(-1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default="seq", choices=["seq", "cell"])
    ap.add_argument("--width", type=int, default=8)
    args = ap.parse_args([])
    if args.arch == "seq":
        net = SeqTension(args.width)
    else:
        net = CellTension(args.width)
    net.eval()
    opt = torch.optim.SGD(net.parameters(), lr=0.05)
    for _ in range(2):
        x = torch.randn(3, 7, 4)
        loss = F.mse_loss(net(x), x[:, -1, 0])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("tuned", round(loss.item(), 4))


if __name__ == "__main__":
    main()
