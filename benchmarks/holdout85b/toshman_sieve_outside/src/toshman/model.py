import torch.nn as nn


class FindClassifier(nn.Module):
    def __init__(self, d_in=2, hidden=8, n_classes=3):
        super().__init__()
        self.enc = nn.GRU(d_in, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Sequential(nn.Dropout(0.1), nn.Linear(2 * hidden, n_classes))

    def forward(self, x):
        h, _ = self.enc(x)
        return self.cls(h.max(1).values)
