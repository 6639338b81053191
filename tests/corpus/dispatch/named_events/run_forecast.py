# expect: crash
"""Load forecasting with a GRU; a listener's probe leaves the model in eval mode mid-epoch."""
import torch
import torch.nn as nn

from listeners import LogLoss, QuickCheck
from loop import FitLoop

torch.manual_seed(8)


class LoadForecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, window):
        return self.head(self.gru(window)[0][:, -1]).squeeze(-1)


model = LoadForecaster()
batches = [(torch.randn(4, 12, 2), torch.randn(4)) for _ in range(3)]
loop = FitLoop([LogLoss(), QuickCheck(torch.randn(2, 12, 2))])
loop.run(model, batches, nn.functional.mse_loss, torch.optim.Adam(model.parameters(), lr=1e-3))
