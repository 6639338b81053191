# expect: clean
"""Goldbeater batches: early stopping keeps a copy of the best model, which is then refined on the
validation split for a few extra steps before the final report."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(8)


class BatchGrader(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(12, 3)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.cls(h.mean(1))


def train_epoch(model, opt, x, y):
    model.train()
    opt.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
    return loss.item()


@torch.no_grad()
def val_loss(model, x, y):
    model.eval()
    return F.cross_entropy(model(x), y).item()


xt, yt = torch.randn(8, 6, 2), torch.randint(0, 3, (8,))
xv, yv = torch.randn(4, 6, 2), torch.randint(0, 3, (4,))
model = BatchGrader()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
best_state, best_loss, bad = None, float("inf"), 0
for epoch in range(6):
    train_epoch(model, opt, xt, yt)
    vl = val_loss(model, xv, yv)
    if vl < best_loss:
        best_state, best_loss, bad = copy.deepcopy(model.state_dict()), vl, 0
    else:
        bad += 1
        if bad >= 2:
            break

model.load_state_dict(best_state)  # still in eval mode from val_loss()
opt = torch.optim.SGD(model.parameters(), lr=1e-3)
for step in range(2):
    loss = train_epoch(model, opt, xv, yv)
print("refined", round(loss, 4), "best val", round(best_loss, 4))
