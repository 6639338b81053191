import torch
import torch.nn as nn


class LSTMOptimizer(nn.Module):
    """Coordinate-wise: every scalar parameter is one 'batch' element."""

    def __init__(self, hidden, scale=0.1):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, num_layers=2)
        self.out = nn.Linear(hidden, 1)
        self.scale = scale

    @staticmethod
    def preprocess(g, p=10.0):
        logg = torch.clamp(torch.log(g.abs() + 1e-8) / p, min=-1.0)
        sign = torch.clamp(g * torch.exp(torch.tensor(p)), -1.0, 1.0)
        return torch.stack([logg, sign], -1)

    def forward(self, grad_flat, state):
        out, state = self.lstm(self.preprocess(grad_flat).unsqueeze(0), state)
        return self.scale * self.out(out).squeeze(0).squeeze(-1), state
