import torch.nn as nn


class ShuttleNet(nn.Module):
    """Bidirectional LSTM over vibration frames -> break / no break."""

    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.classifier = nn.Linear(2 * hidden, 2)

    def forward(self, frames):
        out, _ = self.encoder(frames)
        return self.classifier(out.mean(dim=1))
