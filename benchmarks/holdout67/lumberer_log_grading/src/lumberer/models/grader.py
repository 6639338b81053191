import torch.nn as nn


class LogGrader(nn.Module):
    """Bidirectional LSTM over ring-width profiles."""

    def __init__(self, n_features, hidden, classes):
        super().__init__()
        self.encoder = nn.LSTM(n_features, hidden, batch_first=True, bidirectional=True)
        self.dropout = nn.Dropout(0.1)
        self.classifier = nn.Linear(2 * hidden, classes)

    def forward(self, x):
        out, _ = self.encoder(x)
        return self.classifier(self.dropout(out.mean(dim=1)))
