# expect: crash
# category: sensitivity
"""Input sensitivity of a hydrology LSTM: Jacobian of the predicted discharge w.r.t. the
meteorological forcings of one basin (trained model, evaluated in eval mode)."""
import torch
import torch.nn as nn
from torch.autograd.functional import jacobian

torch.manual_seed(0)


class RunoffLSTM(nn.Module):
    def __init__(self, n_forcings=4, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(n_forcings, hidden, batch_first=True)
        self.dropout = nn.Dropout(0.4)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(self.dropout(out[:, -1])).squeeze(-1)


model = RunoffLSTM()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for epoch in range(2):
    x, y = torch.randn(8, 15, 4), torch.rand(8)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()

model.eval()
basin = torch.randn(1, 15, 4)
J = jacobian(lambda inp: model(inp), basin)  # TM001-here
per_forcing = J.abs().sum((0, 1, 2))
for name, s in zip(["precip", "temp", "srad", "vp"], per_forcing.tolist()):
    print(f"{name}: {s:.4f}")
