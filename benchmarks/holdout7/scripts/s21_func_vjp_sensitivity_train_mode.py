# expect: crash
"""Sensitivity of a GRU load forecaster's next-hour prediction to each input hour, with torch.func.vjp.
The model is put in train mode first."""
import torch
from torch import nn
from torch.func import vjp


class LoadForecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, num_layers=2, batch_first=True)
        self.proj = nn.Linear(8, 1)

    def forward(self, x):
        return self.proj(self.gru(x)[0][:, -1]).squeeze(-1)


torch.manual_seed(0)
forecaster = LoadForecaster()
opt = torch.optim.Adam(forecaster.parameters(), lr=1e-2)
for _ in range(3):
    x, y = torch.randn(4, 24, 3), torch.randn(4)
    loss = nn.functional.mse_loss(forecaster(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()

forecaster.train()
window = torch.randn(2, 24, 3)
pred, pullback = vjp(forecaster, window)  # TM002-here
(sens,) = pullback(torch.ones_like(pred))
print("most influential hour per series:", sens.abs().sum(-1).argmax(-1).tolist())
