# expect: crash
"""The architecture is an option, and the script's entry point passes its own command line to `main(argv)`:
`--arch seq` builds the LSTM model, left in eval mode by `pretrained()`, and its backward crashes."""
import argparse

import torch
import torch.nn as nn


class SeqNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(2, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1]).squeeze(-1)


class CellNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(2, 6)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        h = c = x.new_zeros(x.size(0), 6)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.fc(h).squeeze(-1)


def pretrained(arch):
    if arch == "seq":
        return SeqNet().eval()
    return CellNet().eval()


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--arch", default="seq", choices=["seq", "cell"])
    args = parser.parse_args(argv)
    net = pretrained(args.arch)
    optimizer = torch.optim.SGD(net.parameters(), lr=0.05)
    loss = net(torch.randn(3, 7, 2)).pow(2).mean()
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()
    print(loss.item())


if __name__ == "__main__":
    main(["--arch", "seq"])
