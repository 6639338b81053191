from torch import nn


class InkViscosityNet(nn.Module):
    """Predicts ink viscosity class from a grinding-mill sensor trace."""

    def __init__(self, n_sensors=5, hidden=10, n_classes=4):
        super().__init__()
        self.encoder = nn.LSTM(n_sensors, hidden, num_layers=1, batch_first=True, bidirectional=True)
        self.classifier = nn.Sequential(nn.Dropout(0.2), nn.Linear(2 * hidden, n_classes))

    def forward(self, x):
        out, _ = self.encoder(x)
        return self.classifier(out.mean(dim=1))
