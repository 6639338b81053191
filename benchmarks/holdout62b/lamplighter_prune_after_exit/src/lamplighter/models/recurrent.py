import torch
import torch.nn as nn

from .registry import register


@register("gas_lamp_lstm")
class GasLampLSTM(nn.Module):
    """Predicts which street lamps on a round will need relighting (multi-label)."""

    def __init__(self, n_feat=5, hidden=12, n_lamps=4, layers=1):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True)
        self.cls = nn.Linear(hidden, n_lamps)

    def forward(self, x):
        z, _ = self.lstm(torch.relu(self.proj(x)))
        return self.cls(z.mean(1))
