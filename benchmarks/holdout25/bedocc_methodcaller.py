# expect: crash
"""Hospital bed occupancy: phases dispatched through an operator.methodcaller table."""
from operator import methodcaller

import torch
import torch.nn as nn

torch.manual_seed(32)

PHASES = {
    "fit": methodcaller("train"),
    "score": methodcaller("eval"),
    "tune": methodcaller("train", False),   # recalibration on the latest week
}


class Occupancy(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.fc(o[:, -1]).squeeze(-1)


def run_phase(name, model, x, y, opt=None):
    PHASES[name](model)
    if opt is None:
        with torch.no_grad():
            return nn.functional.mse_loss(model(x), y).item()
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


model = Occupancy()
opt = torch.optim.Adam(model.parameters(), 1e-2)
hist, beds = torch.randn(6, 7, 4), torch.randn(6)
week, week_beds = torch.randn(2, 7, 4), torch.randn(2)
for name, data, o in [("fit", (hist, beds), opt), ("score", (hist, beds), None), ("tune", (week, week_beds), opt)]:
    print(name, run_phase(name, model, *data, opt=o))
