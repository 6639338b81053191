# expect: clean
"""A helper module computes input saliency in eval mode on whatever model it is given; this script gives
it a model that unrolls nn.GRUCell by hand, which never runs the cuDNN RNN kernels."""
import torch
import torch.nn as nn

from attribution import input_saliency


class CellTagger(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.cell = nn.GRUCell(3, hidden)
        self.head = nn.Linear(hidden, 4)

    def forward(self, x):
        h = x.new_zeros(x.shape[0], self.cell.hidden_size)
        for t in range(x.shape[1]):
            h = self.cell(x[:, t], h)
        return self.head(h)


if __name__ == "__main__":
    torch.manual_seed(0)
    print(input_saliency(CellTagger(), torch.randn(2, 5, 3), torch.tensor([1, 3])))
