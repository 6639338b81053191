# expect: crash
"""Sensitivity analysis: the Jacobian of an eval-mode LSTM forecaster with respect to its input window."""
import torch
import torch.nn as nn
from torch.autograd.functional import jacobian


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, window):
        return self.head(self.lstm(window)[0][:, -1]).squeeze(-1)


torch.manual_seed(0)
model = Forecaster()
model.eval()
window = torch.randn(1, 12, 2)
sensitivity = jacobian(model, window)  # TM001-here
print("most influential step", sensitivity.abs().sum(-1).argmax().item())
