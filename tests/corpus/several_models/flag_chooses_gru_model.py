# expect: crash
"""The caller's flag picks the GRU model: the saliency backward after eval() runs through an eval-mode GRU."""
import torch
import torch.nn as nn


class Seq(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 4, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0][:, -1]


class Cell(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.GRUCell(3, 4)

    def forward(self, x):
        h = x.new_zeros(x.size(0), 4)
        for t in range(x.size(1)):
            h = self.cell(x[:, t], h)
        return h


def saliency(arch):
    if arch == "gru":
        net = Seq()
    else:
        net = Cell()
    net.eval()
    x = torch.randn(2, 5, 3, requires_grad=True)
    net(x).sum().backward()  # TM001-here
    return x.grad


saliency("gru")
