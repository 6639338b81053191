import torch
import torch.nn as nn


class CRN(nn.Module):
    def __init__(self, freq=8, hidden=8):
        super().__init__()
        self.enc = nn.Conv1d(freq, hidden, 1)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, batch_first=True)
        self.dec = nn.Conv1d(hidden, freq, 1)

    def forward(self, spec):  # B, F, T
        h = torch.relu(self.enc(spec)).transpose(1, 2)
        h, _ = self.lstm(h)
        mask = torch.sigmoid(self.dec(h.transpose(1, 2)))
        return spec * mask
