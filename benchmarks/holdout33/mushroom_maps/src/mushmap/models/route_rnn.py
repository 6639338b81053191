import torch.nn as nn


class RouteYieldRNN(nn.Module):
    def __init__(self, n_feat=4, hidden=10):
        super().__init__()
        self.encoder = nn.LSTM(n_feat, hidden, batch_first=True, bidirectional=True)
        self.regressor = nn.Sequential(nn.Linear(2 * hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, stops):
        h, _ = self.encoder(stops)
        return self.regressor(h.mean(dim=1))
