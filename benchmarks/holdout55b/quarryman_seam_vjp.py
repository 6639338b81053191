# expect: crash
"""Quarry seam logging: input attributions with torch.func.vjp through a trained GRU."""
import torch
from torch import nn
from torch.func import vjp


class Seam(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.out = nn.Linear(6, 2)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


def main():
    torch.manual_seed(14)
    model = Seam()
    model.train()
    x = torch.randn(3, 5, 3)
    out, pullback = vjp(model, x)  # TM002-here
    (gx,) = pullback(torch.ones_like(out))
    print(gx.abs().sum(-1))


if __name__ == "__main__":
    main()
