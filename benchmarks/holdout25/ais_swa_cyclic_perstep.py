# expect: clean
"""AIS ship-trajectory forecasting: hand-rolled SWA with a cyclic learning rate."""
import copy
import torch
import torch.nn as nn

torch.manual_seed(0)


class TrackNet(nn.Module):
    def __init__(self, feat=4, hidden=8):
        super().__init__()
        self.enc = nn.GRU(feat, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.enc(x)
        return self.out(h[:, -1])


def cyclic_lr(step, cycle, lo=1e-3, hi=5e-2):
    t = (step % cycle) / cycle
    return hi - (hi - lo) * t


def average_into(swa, model, n):
    for ps, pm in zip(swa.parameters(), model.parameters()):
        ps.data.mul_(n / (n + 1)).add_(pm.data / (n + 1))


def validate(model, xs, ys):
    model.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(model(xs), ys).item()


model = TrackNet()
swa = copy.deepcopy(model)
opt = torch.optim.SGD(model.parameters(), lr=1e-2)
xs, ys = torch.randn(6, 5, 4), torch.randn(6, 2)
vx, vy = torch.randn(4, 5, 4), torch.randn(4, 2)
cycle, n_avg = 3, 0
model.train()
for step in range(9):
    model.train()
    for g in opt.param_groups:
        g["lr"] = cyclic_lr(step, cycle)
    loss = nn.functional.mse_loss(model(xs), ys)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if (step + 1) % cycle == 0:
        average_into(swa, model, n_avg)
        n_avg += 1
        print("cycle end", step, validate(model, vx, vy))
print("swa val", validate(swa, vx, vy))
