# expect: clean
"""Tidal-mill sluice timing: stochastic weight averaging; the averaged copy is evaluated, the live model trained."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(22)


class SluiceLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])


def average_into(avg, model, n):
    with torch.no_grad():
        for pa, pm in zip(avg.parameters(), model.parameters()):
            pa.mul_(n / (n + 1)).add_(pm / (n + 1))


model = SluiceLSTM()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
swa = copy.deepcopy(model)
n_avg = 0
val_x, val_y = torch.randn(4, 10, 2), torch.randn(4, 1)
for epoch in range(4):
    for _ in range(2):
        x, y = torch.randn(4, 10, 2), torch.randn(4, 1)
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    if epoch >= 1:
        average_into(swa, model, n_avg)
        n_avg += 1
        swa.eval()
        with torch.no_grad():
            print("epoch", epoch, "swa val", round(F.mse_loss(swa(val_x), val_y).item(), 4))
