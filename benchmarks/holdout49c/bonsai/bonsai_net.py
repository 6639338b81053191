"""Soil-moisture model for the bonsai bench: predicts tomorrow's moisture from 7 days of readings."""
import torch
import torch.nn as nn


class MoistureNet(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(self.drop(out[:, -1])).squeeze(-1)

    def forecast(self, x):
        """Deterministic forecast for the watering schedule; puts the mode back afterwards."""
        was_training = self.training
        self.eval()
        try:
            with torch.no_grad():
                return self(x)
        finally:
            self.train(was_training)


def watering_plan(pred, threshold=0.3):
    return ["water" if p < threshold else "skip" for p in pred.tolist()]
