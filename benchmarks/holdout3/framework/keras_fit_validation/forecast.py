# expect: crash
# category: framework
"""Univariate load forecasting with a stacked GRU written against a Keras-like Model base class."""
import math

import torch
from torch import nn

from kerasish import Model

torch.manual_seed(5)
WINDOW, HORIZON = 12, 3


class StackedGRU(Model):
    def __init__(self, units=16):
        super().__init__()
        self.gru_1 = nn.GRU(1, units, batch_first=True)
        self.gru_2 = nn.GRU(units, units, batch_first=True)
        self.dense = nn.Linear(units, HORIZON)

    def forward(self, x):
        seq, _ = self.gru_1(x)
        _, last = self.gru_2(seq)
        return self.dense(last[-1])


def make_windows(series):
    xs, ys = [], []
    for start in range(len(series) - WINDOW - HORIZON):
        xs.append(series[start:start + WINDOW])
        ys.append(series[start + WINDOW:start + WINDOW + HORIZON])
    return torch.stack(xs).unsqueeze(-1), torch.stack(ys)


t = torch.arange(0, 80, dtype=torch.float32)
series = torch.sin(2 * math.pi * t / 24) + 0.1 * torch.randn_like(t)
x, y = make_windows(series)
split = int(0.8 * len(x))
x_train, y_train, x_val, y_val = x[:split], y[:split], x[split:], y[split:]

model = StackedGRU()
model.compile(optimizer="adam", loss="mae", lr=5e-3)
history = model.fit(x_train, y_train, epochs=2, batch_size=16, validation_data=(x_val, y_val))
print("val_loss curve:", history.history["val_loss"])
print("next 3 steps:", model.predict(x_val[-1:]).squeeze().tolist())
