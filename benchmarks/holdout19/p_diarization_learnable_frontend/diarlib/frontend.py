import torch
import torch.nn as nn


class LearnableFilterbank(nn.Module):
    """Trainable mel-like filterbank applied to power-spectrum frames."""

    def __init__(self, n_fft_bins=16, n_filters=8):
        super().__init__()
        self.filters = nn.Parameter(torch.rand(n_filters, n_fft_bins) * 0.1)

    def forward(self, spec):
        return torch.log1p(torch.relu(spec @ self.filters.T))
