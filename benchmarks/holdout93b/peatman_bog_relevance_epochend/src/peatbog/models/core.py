import torch.nn as nn


class BogClassifier(nn.Module):
    def __init__(self, feat, hidden, classes):
        super().__init__()
        self.encoder = nn.GRU(feat, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(hidden, classes)

    def forward(self, x):
        out, _ = self.encoder(x)
        return self.head(self.drop(out[:, -1]))
