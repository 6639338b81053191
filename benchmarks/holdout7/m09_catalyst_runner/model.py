from torch import nn


class ActivityClassifier(nn.Module):
    def __init__(self, n_channels=3, hidden=8, n_classes=4):
        super().__init__()
        self.backbone = nn.RNN(n_channels, hidden, num_layers=2, nonlinearity="relu", batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.1), nn.Linear(hidden, n_classes))

    def forward(self, x):
        out, _ = self.backbone(x)
        return self.head(out.mean(1))
