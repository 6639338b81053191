import torch.nn as nn


class KeywordSpotter(nn.Module):
    """Bidirectional GRU over MFCC frames for keyword spotting."""

    def __init__(self, n_mfcc=10, hidden=12, n_words=4, dropout=0.2):
        super().__init__()
        self.gru = nn.GRU(n_mfcc, hidden, num_layers=2, batch_first=True, bidirectional=True, dropout=dropout)
        self.head = nn.Sequential(nn.Dropout(dropout), nn.Linear(2 * hidden, n_words))

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out.max(1).values)
