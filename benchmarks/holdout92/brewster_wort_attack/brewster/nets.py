from torch import nn


class GravityNet(nn.Module):
    """Classifies fermentation curves (gravity, temperature, pH...) into healthy / stuck / infected."""

    def __init__(self, n_feat=4, hidden=10, n_cls=3):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, num_layers=2, batch_first=True)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        out, (h, _) = self.lstm(x)
        return self.cls(h[-1])
