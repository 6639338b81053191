"""Models and their evaluation loop; `__all__` names what the scripts may use."""
import torch
import torch.nn as nn

__all__ = ["Forecaster", "validate"]


class Forecaster(nn.Module):
    def __init__(self, features=4, hidden=16):
        super().__init__()
        self.lstm = nn.LSTM(features, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


def validate(model, windows):
    model.eval()
    with torch.no_grad():
        return sum(nn.functional.mse_loss(model(x), y).item() for x, y in windows)


def _scratch(model):
    return model
