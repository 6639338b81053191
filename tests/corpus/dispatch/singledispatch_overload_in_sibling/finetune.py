# expect: crash
"""Keyword spotting: every layer goes through `prepare`, a singledispatch function whose nn.GRU overload is
registered in another module (kws/recurrent.py) and puts the GRU in eval mode; the fine-tuning backward then
runs through it."""
import torch
import torch.nn as nn

import kws.recurrent  # noqa: F401  (registers the GRU overload)
from kws.setup import prepare


class Spotter(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(5, 6, 3, padding=1)
        self.gru = nn.GRU(6, 8, batch_first=True)
        self.out = nn.Linear(8, 4)

    def forward(self, x):
        h = self.conv(x.transpose(1, 2)).relu().transpose(1, 2)
        return self.out(self.gru(h)[0][:, -1])


def main():
    torch.manual_seed(0)
    model = Spotter()
    for layer in model.children():
        prepare(layer)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(3, 7, 5), torch.randint(0, 4, (3,))
    for step in range(2):
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("done")


if __name__ == "__main__":
    main()
