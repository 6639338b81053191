import torch.nn as nn


class ThrowScorer(nn.Module):
    """Predicts whether a quoit rings the hob from the throw's motion trace."""

    def __init__(self, n_axes=3, hidden=8):
        super().__init__()
        self.encoder = nn.LSTM(n_axes, hidden, batch_first=True, bidirectional=True)
        self.classifier = nn.Linear(2 * hidden, 1)

    def forward(self, trace):
        h, _ = self.encoder(trace)
        return self.classifier(h.mean(1)).squeeze(-1)
