# expect: crash
"""Input-sensitivity analysis of an LSTM traffic forecaster with torch.func.jacrev.
The model is in training mode; the Jacobian is taken w.r.t. the input window."""
import torch
import torch.nn as nn
from torch.func import jacrev


class Forecaster(nn.Module):
    def __init__(self, sensors=3, h=8, horizon=2):
        super().__init__()
        self.lstm = nn.LSTM(sensors, h, batch_first=True)
        self.head = nn.Linear(h, horizon)

    def forward(self, window):
        return self.head(self.lstm(window)[0][:, -1])


torch.manual_seed(0)
model = Forecaster()
model.train()
window = torch.randn(1, 6, 3)
jac = jacrev(lambda w: model(w).squeeze(0))(window)  # TM002-here
print("sensitivity per sensor", jac.abs().sum(dim=(0, 1, 2)).tolist())
