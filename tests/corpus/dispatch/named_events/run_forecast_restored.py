# expect: clean
"""Near miss of run_forecast: the listener that probes the model restores its training mode."""
import torch
import torch.nn as nn

from listeners import LogLoss, RestoringCheck
from loop import FitLoop

torch.manual_seed(9)


class DemandLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 5, batch_first=True)
        self.out = nn.Linear(5, 1)

    def forward(self, window):
        return self.out(self.lstm(window)[0][:, -1]).squeeze(-1)


model = DemandLSTM()
batches = [(torch.randn(4, 10, 2), torch.randn(4)) for _ in range(2)]
loop = FitLoop([RestoringCheck(torch.randn(2, 10, 2)), LogLoss()], epochs=3)
loop.run(model, batches, nn.functional.mse_loss, torch.optim.SGD(model.parameters(), lr=1e-2))
