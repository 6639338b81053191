import torch
import torch.nn as nn


class AspectPredictor(nn.Module):
    """Predicts the next signal aspect (red/amber/green) from track-circuit occupancy."""

    def __init__(self, n_circuits=5, hidden=10, n_aspects=3):
        super().__init__()
        self.rnn = nn.LSTM(n_circuits, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_aspects)

    def forward(self, occ):
        h, _ = self.rnn(occ)
        return self.cls(h[:, -1])
