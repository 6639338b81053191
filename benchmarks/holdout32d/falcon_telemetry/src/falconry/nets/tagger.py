import torch.nn as nn


class FlightTagger(nn.Module):
    def __init__(self, feats, hidden, classes):
        super().__init__()
        self.gru = nn.GRU(feats, hidden, num_layers=2, batch_first=True)
        self.cls = nn.Linear(hidden, classes)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.cls(h[:, -1])
