import torch
from torch import nn


class StrikeFrontEnd(nn.Module):
    """Maps raw strike recordings (channels x time) onto the encoder's feature space."""

    def __init__(self, channels=3, n_out=8):
        super().__init__()
        self.conv = nn.Conv1d(channels, n_out, kernel_size=3, padding=1)

    def forward(self, wave):
        return torch.relu(self.conv(wave)).transpose(1, 2)
