import torch
import torch.nn as nn


class CRNNKWS(nn.Module):
    def __init__(self, n_mels=10, hidden=8, n_kw=4):
        super().__init__()
        self.conv = nn.Conv1d(n_mels, hidden, 3, padding=1)
        self.gru = nn.GRU(hidden, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, n_kw)

    def forward(self, mel):
        h = torch.relu(self.conv(mel)).transpose(1, 2)
        h, _ = self.gru(h)
        return self.fc(h.max(1).values)
