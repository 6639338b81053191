import torch
import torch.nn as nn


class StopDemand(nn.Module):
    def __init__(self, n_stops=7, hidden=8):
        super().__init__()
        self.embed = nn.Embedding(n_stops, hidden)
        self.rnn = nn.RNN(hidden + 1, hidden, batch_first=True, nonlinearity="tanh")
        self.out = nn.Linear(hidden, 1)

    def forward(self, stops, qty):
        z = torch.cat([self.embed(stops), qty.unsqueeze(-1)], dim=-1)
        h, _ = self.rnn(z)
        return self.out(h).squeeze(-1)


class RouteTrainer:
    def __init__(self, hidden=8, lr=0.01):
        self._net = StopDemand(hidden=hidden)
        self._opt = torch.optim.RMSprop(self._net.parameters(), lr=lr)

    @property
    def net(self):
        return self._net

    @property
    def optimizer(self):
        return self._opt
