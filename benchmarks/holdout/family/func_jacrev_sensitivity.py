# expect: crash
# category: func
# rule: TM002
"""Sensitivity analysis of a forecaster: full Jacobian of the forecast w.r.t. the input window."""
import torch
import torch.nn as nn
from torch.func import jacrev


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.out = nn.Linear(8, 3)

    def forward(self, window):
        return self.out(self.lstm(window.unsqueeze(0))[0][0, -1])


torch.manual_seed(0)
fc = Forecaster().eval()
window = torch.randn(10, 2)
with torch.no_grad():
    print(fc(window))
J = jacrev(fc)(window)  # crash-here
print(J.shape)
