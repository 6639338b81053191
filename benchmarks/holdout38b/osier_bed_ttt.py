# expect: crash
"""Osier beds: classify willow-rod grade from a growth-season moisture series, with test-time training.

At test time every batch first takes one step on a self-supervised task (predict the masked last reading),
then is classified.  Train-time uses both heads jointly.
"""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(6)


class RodGrader(nn.Module):
    def __init__(self, hidden=8, grades=3):
        super().__init__()
        self.enc = nn.LSTM(2, hidden, batch_first=True)
        self.grade = nn.Linear(hidden, grades)
        self.recon = nn.Linear(hidden, 2)

    def encode(self, x):
        h, _ = self.enc(x)
        return h[:, -1]

    def forward(self, x):
        return self.grade(self.encode(x))

    def ssl_loss(self, x):
        masked = x.clone()
        masked[:, -1] = 0.0
        return F.mse_loss(self.recon(self.encode(masked)), x[:, -1])


def beds(n, batch=4, weeks=8):
    for _ in range(n):
        x = torch.randn(batch, weeks, 2)
        yield x, (x[:, :, 0].mean(1) > 0).long() + (x[:, :, 1].mean(1) > 0.5).long()


model = RodGrader()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
model.train()
for x, y in beds(4):
    opt.zero_grad()
    (F.cross_entropy(model(x), y) + model.ssl_loss(x)).backward()
    opt.step()

base_state = copy.deepcopy(model.state_dict())
model.eval()
correct = total = 0
for x, y in beds(2):
    model.load_state_dict(base_state)
    tt_opt = torch.optim.SGD(model.enc.parameters(), lr=1e-2)
    tt_opt.zero_grad()
    model.ssl_loss(x).backward()  # TM001-here
    tt_opt.step()
    with torch.no_grad():
        correct += (model(x).argmax(1) == y).sum().item()
        total += len(y)
print("test acc after TTT", correct / total)
