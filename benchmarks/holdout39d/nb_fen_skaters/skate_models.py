"""Models and helpers for the fen-skating race-time notebook."""
import torch
import torch.nn as nn


class LapEncoder(nn.Module):
    """Bidirectional LSTM over lap splits, mean-pooled."""

    def __init__(self, n_feat=2, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True, bidirectional=True)

    def forward(self, laps):
        out, _ = self.lstm(laps)
        return out.mean(1)


class PlacingModel(nn.Module):
    def __init__(self, n_feat=2, hidden=8, n_places=3):
        super().__init__()
        self.encoder = LapEncoder(n_feat, hidden)
        self.head = nn.Linear(2 * hidden, n_places)

    def forward(self, laps):
        return self.head(self.encoder(laps))


def predict(model, laps):
    """Hard labels for unlabelled races."""
    model.eval()
    with torch.no_grad():
        probs = model(laps).softmax(-1)
    conf, label = probs.max(-1)
    return label, conf
