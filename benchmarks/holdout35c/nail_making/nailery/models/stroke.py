import torch.nn as nn


class StrokeClassifier(nn.Module):
    def __init__(self, n_channels, hidden, n_classes):
        super().__init__()
        self.rnn = nn.GRU(n_channels, hidden, num_layers=2, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.cls = nn.Linear(hidden, n_classes)

    def forward(self, strokes):
        h, _ = self.rnn(strokes)
        return self.cls(self.drop(h[:, -1]))
