"""Hand-unrolled recurrent model for the barrel-stave notebook (cell-based, no fused RNN)."""
import torch
import torch.nn as nn


class StaveCellNet(nn.Module):
    def __init__(self, n_in=3, hidden=12):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.fc = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, x):
        b, t, _ = x.shape
        h = x.new_zeros(b, self.hidden)
        c = x.new_zeros(b, self.hidden)
        for i in range(t):
            h, c = self.cell(x[:, i], (h, c))
        return self.fc(h).squeeze(-1)


def gradient_penalty(pred, inputs):
    g, = torch.autograd.grad(pred.sum(), inputs, create_graph=True)
    return g.pow(2).sum((1, 2)).mean()
