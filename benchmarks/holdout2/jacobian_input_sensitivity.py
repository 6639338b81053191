# expect: crash
# category: wrappers
"""Input sensitivity of a trained GRU glucose forecaster: Jacobian of the 3-step forecast with respect to
the last 12 readings, via torch.autograd.functional.jacobian."""
import torch
import torch.nn as nn
from torch.autograd.functional import jacobian

torch.manual_seed(70)


class GlucoseGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 12, batch_first=True)   # reading + insulin flag
        self.out = nn.Linear(12, 3)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


readings = 100 + 10 * torch.randn(30, 12, 1).cumsum(1) / 4
insulin = (torch.rand(30, 12, 1) > 0.9).float()
X = torch.cat([(readings - 100) / 20, insulin], -1)
Y = torch.randn(30, 3)

f = GlucoseGRU()
opt = torch.optim.Adam(f.parameters(), lr=1e-2)
for epoch in range(3):
    loss = nn.functional.mse_loss(f(X), Y)
    opt.zero_grad()
    loss.backward()
    opt.step()

f.eval()
patient = X[:1]
J = jacobian(lambda inp: f(inp).squeeze(0), patient)  # TM001-here
per_step = J[..., 0].abs().squeeze(1).sum(0)  # (time,)
print("sensitivity by time step:", [round(v, 3) for v in per_step.tolist()])
