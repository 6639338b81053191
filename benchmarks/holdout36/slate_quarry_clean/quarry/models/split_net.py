import torch.nn as nn


class SplitPredictor(nn.Module):
    """Predicts whether a slate block will cleave cleanly from the acoustic trace of the chisel."""

    def __init__(self, n_in=2, hidden=12):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, trace):
        h, _ = self.gru(trace)
        return self.out(h.mean(dim=1))
