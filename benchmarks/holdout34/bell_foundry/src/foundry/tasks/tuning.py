import torch
import torch.nn as nn

PARTIALS = ("hum", "prime", "tierce", "quint", "nominal")


class CoolingCurveNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.RNN(2, hidden, batch_first=True, nonlinearity="tanh")
        self.head = nn.Linear(hidden, len(PARTIALS))

    def forward(self, trace):
        h, _ = self.rnn(trace)
        return self.head(h[:, -1])


class TuningTask:
    """Owns the model, the loss and the optimiser."""

    def __init__(self, hidden, lr):
        self.model = CoolingCurveNet(hidden)
        self.criterion = nn.L1Loss()
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=lr)

    def batches(self, n, seed, batch=4, length=15):
        g = torch.Generator().manual_seed(seed)
        for _ in range(n):
            trace = torch.randn(batch, length, 2, generator=g)
            yield trace, trace.mean(1).repeat(1, 3)[:, : len(PARTIALS)]

    def train_step(self, batch):
        trace, partials = batch
        self.optimizer.zero_grad()
        loss = self.criterion(self.model(trace), partials)
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()

    def valid_step(self, batch):
        self.model.eval()
        trace, partials = batch
        with torch.no_grad():
            return self.criterion(self.model(trace), partials).item()
