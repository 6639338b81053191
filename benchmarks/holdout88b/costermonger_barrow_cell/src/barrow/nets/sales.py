import torch
import torch.nn as nn


class SalesModel(nn.Module):
    """Unrolled LSTMCell so the per-sample audit can use torch.func."""

    def __init__(self, n_in, hidden):
        super().__init__()
        self.hidden = hidden
        self.cell = nn.LSTMCell(n_in, hidden)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        c = x.new_zeros(x.size(0), self.hidden)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.head(h).squeeze(-1)
