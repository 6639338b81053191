# expect: crash
import torch
from torch import nn

from store import BestKeeper, MeltNet

torch.manual_seed(0)


def evaluate(model, data):
    model.eval()
    with torch.no_grad():
        return sum(nn.functional.mse_loss(model(x), y).item() for x, y in data) / len(data)


def train_epoch(model, opt, data):
    model.train()
    for x, y in data:
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


data = [(torch.randn(3, 8, 2), torch.randn(3)) for _ in range(3)]
model = MeltNet()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
keeper = BestKeeper()
for epoch in range(2):
    train_epoch(model, opt, data)
    keeper.update(model, evaluate(model, data))

# second stage: polish the best snapshot on the winter season
best = keeper.snapshot
opt2 = torch.optim.SGD(best.parameters(), lr=1e-3)
for x, y in data:
    loss = nn.functional.mse_loss(best(x), y)
    opt2.zero_grad()
    loss.backward()  # TM001-here
    opt2.step()
print("polished", loss.item())
