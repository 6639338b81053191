# expect: crash
# category: dynamic
"""A @inference decorator on a model's predict method switches to eval; later online fine-tuning reuses the model."""
import functools

import torch
from torch import nn

torch.manual_seed(43)


def inference(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        self.eval()
        with torch.no_grad():
            return method(self, *args, **kwargs)
    return wrapper


class DemandForecaster(nn.Module):
    def __init__(self, n_features=3, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(n_features, hidden, num_layers=2, batch_first=True, proj_size=6)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        seq, _ = self.lstm(x)
        return self.out(seq[:, -1]).squeeze(-1)

    @inference
    def predict(self, x):
        return self(x)

    def fit_batch(self, x, y, optimizer):
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(self(x), y)
        loss.backward()  # TM001-here
        optimizer.step()
        return loss.item()


def stream(n):
    for day in range(n):
        x = torch.randn(4, 14, 3)
        yield day, x, x[:, -7:, 0].mean(1)


model = DemandForecaster()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
model.train()
for _, x, y in stream(3):
    model.fit_batch(x, y, optimizer)

# online phase: forecast, observe the truth, update
for day, x, y in stream(3):
    forecast = model.predict(x)
    print(f"day {day}: mae {(forecast - y).abs().mean():.3f}")
    model.fit_batch(x, y, optimizer)
