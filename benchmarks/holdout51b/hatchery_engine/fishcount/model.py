import torch
import torch.nn as nn


class FryCounter(nn.Module):
    """Counts fry passing a weir from a sequence of infrared gate readings
    (classification into count buckets), with a temperature for calibration."""

    def __init__(self, n_gates=4, hidden=10, n_buckets=5):
        super().__init__()
        self.encoder = nn.GRU(n_gates, hidden, batch_first=True, num_layers=2, dropout=0.1)
        self.head = nn.Linear(hidden, n_buckets)
        self.temperature = nn.Parameter(torch.ones(1))

    def logits(self, x):
        h, _ = self.encoder(x)
        return self.head(h[:, -1])

    def forward(self, x):
        return self.logits(x) / self.temperature
