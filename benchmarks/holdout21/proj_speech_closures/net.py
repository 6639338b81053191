import torch
import torch.nn as nn


class DenoiseLSTM(nn.Module):
    """Magnitude-domain denoiser: predicts a bounded gain per bin."""

    def __init__(self, bins=10, hidden=14):
        super().__init__()
        self.lstm = nn.LSTM(bins, hidden, num_layers=2, batch_first=True)
        self.gain = nn.Linear(hidden, bins)

    def forward(self, noisy):
        h, _ = self.lstm(torch.log1p(noisy))
        return noisy * torch.sigmoid(self.gain(h))
