# expect: clean
"""Whip makers: crack-speed sensitivity via jacrev; the model unrolls an LSTMCell by hand."""
import torch
import torch.nn as nn
from torch.func import jacrev


class PlaitCell(nn.Module):
    def __init__(self, n_in=3, hidden=6):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.out = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        c = torch.zeros_like(h)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h).squeeze(-1)


def main():
    torch.manual_seed(8)
    model = PlaitCell()
    model.eval()
    x = torch.randn(3, 5, 3)
    J = jacrev(lambda inp: model(inp).sum())(x)
    print("sensitivity per plait position:", J.abs().sum((0, 2)))


if __name__ == "__main__":
    main()
