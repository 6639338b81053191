# expect: clean
"""Rushlight dip thickness: consistency regularisation against an EMA teacher.

The teacher is an eval-mode deep copy of the student; its predictions are detached targets.
"""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(14)


class DipModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True, dropout=0.0)
        self.drop = nn.Dropout(0.2)
        self.reg = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.reg(self.drop(h[:, -1])).squeeze(-1)


def ema_update(teacher, student, decay=0.9):
    with torch.no_grad():
        for t, s in zip(teacher.parameters(), student.parameters()):
            t.mul_(decay).add_(s, alpha=1 - decay)


student = DipModel()
teacher = copy.deepcopy(student).eval()
for p in teacher.parameters():
    p.requires_grad_(False)
opt = torch.optim.Adam(student.parameters(), lr=1e-2)

for step in range(4):
    x_lab, y_lab = torch.randn(4, 5, 2), torch.randn(4)
    x_unl = torch.randn(6, 5, 2)
    target = teacher(x_unl + 0.05 * torch.randn_like(x_unl)).detach()
    loss = F.mse_loss(student(x_lab), y_lab) + 0.3 * F.mse_loss(student(x_unl), target)
    opt.zero_grad()
    loss.backward()
    opt.step()
    ema_update(teacher, student)
    print(step, round(loss.item(), 4))
