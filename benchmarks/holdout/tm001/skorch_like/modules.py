import torch.nn as nn


class GRUClassifier(nn.Module):
    def __init__(self, n_features=4, hidden=16, n_classes=2):
        super().__init__()
        self.gru = nn.GRU(n_features, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_classes)

    def forward(self, X):
        _, h = self.gru(X)
        return self.out(h[-1])
