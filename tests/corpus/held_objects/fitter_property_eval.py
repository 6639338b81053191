# expect: crash
"""A fitter exposes the network it trains through a read-only property (the compiled module when there is
one, else the plain one). fit() puts it in training mode once, before the epochs; the per-epoch score
switches it to eval through the property and nothing switches it back, so the second epoch's backward runs
through a GRU that last ran in eval mode."""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self, features=3, hidden=16):
        super().__init__()
        self.gru = nn.GRU(features, hidden, num_layers=2, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, series):
        states, _ = self.gru(series)
        return self.head(states[:, -1])


class Fitter:
    def __init__(self, network, compiled=None, lr=1e-2):
        self._plain = network
        self._compiled = compiled
        self.optimizer = torch.optim.Adam(network.parameters(), lr=lr)

    @property
    def network(self):
        if self._compiled is not None:
            return self._compiled
        return self._plain

    def score(self, series, target):
        self.network.eval()
        with torch.no_grad():
            return nn.functional.mse_loss(self.network(series), target).item()

    def fit(self, batches, epochs=2):
        self.network.train()
        history = []
        for _ in range(epochs):
            for series, target in batches:
                loss = nn.functional.mse_loss(self.network(series), target)
                self.optimizer.zero_grad()
                loss.backward()  # TM001-here
                self.optimizer.step()
            history.append(self.score(*batches[0]))
        return history


device = "cuda" if torch.cuda.is_available() else "cpu"
data = [(torch.randn(8, 12, 3, device=device), torch.randn(8, 1, device=device)) for _ in range(3)]
print(Fitter(Forecaster().to(device)).fit(data))
