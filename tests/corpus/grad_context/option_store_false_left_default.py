# expect: clean
"""Beehive acoustics: fine-tuning keeps dropout on unless `--no-dropout` is given (a store_false option: True by
default), so `model.train(args.dropout)` leaves the GRU in training mode in a plain run."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F


class HiveNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.out = nn.Linear(8, 3)

    def forward(self, x):
        return self.out(self.drop(self.gru(x)[0][:, -1]))


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-dropout", dest="dropout", action="store_false")
    args = parser.parse_args(argv)
    torch.manual_seed(0)
    model = HiveNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    model.train(args.dropout)
    for _ in range(2):
        loss = F.cross_entropy(model(torch.randn(4, 6, 4)), torch.randint(0, 3, (4,)))
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(loss.item())


if __name__ == "__main__":
    main()
