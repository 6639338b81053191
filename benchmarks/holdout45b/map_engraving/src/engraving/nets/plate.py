import torch.nn as nn


class ContourGRU(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.gru = nn.GRU(3, hidden, num_layers=2, batch_first=True, dropout=0.2)
        self.pressure = nn.Linear(hidden, 1)

    def forward(self, stroke):
        h, _ = self.gru(stroke)
        return self.pressure(h).squeeze(-1)
