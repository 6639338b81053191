import torch.nn as nn


class PigmentLSTM(nn.Module):
    """Classifies pit layers (yellow / red / umber) from a core-sample colour profile."""

    def __init__(self, n_in=3, hidden=8, n_classes=3):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, n_classes)

    def forward(self, profile):
        enc, _ = self.encoder(profile)
        return self.cls(enc.mean(dim=1))
