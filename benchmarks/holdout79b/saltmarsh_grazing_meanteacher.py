# expect: clean
"""Saltmarsh grazing: classify sheep-collar accelerometer windows with few labels.
Consistency regularisation against an EMA teacher; the teacher is evaluated every step."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(8)


class CollarNet(nn.Module):
    def __init__(self, hidden=10, n_cls=3):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.cls(h[:, -1])


def jitter(x, s=0.05):
    return x + s * torch.randn_like(x)


@torch.no_grad()
def ema_update(teacher, student, decay=0.9):
    for pt, ps in zip(teacher.parameters(), student.parameters()):
        pt.mul_(decay).add_(ps, alpha=1 - decay)


def step(student, teacher, opt, xl, yl, xu, w=1.0):
    student.train()
    teacher.eval()
    with torch.no_grad():
        target = F.softmax(teacher(jitter(xu)), -1)
    sup = F.cross_entropy(student(jitter(xl)), yl)
    cons = F.mse_loss(F.softmax(student(jitter(xu)), -1), target)
    loss = sup + w * cons
    opt.zero_grad()
    loss.backward()
    opt.step()
    ema_update(teacher, student)
    return sup.item(), cons.item()


if __name__ == "__main__":
    student = CollarNet()
    teacher = copy.deepcopy(student)
    for p in teacher.parameters():
        p.requires_grad_(False)
    opt = torch.optim.Adam(student.parameters(), lr=3e-3)
    for it in range(4):
        xl, yl = torch.randn(4, 9, 3), torch.randint(0, 3, (4,))
        xu = torch.randn(8, 9, 3)
        print(it, step(student, teacher, opt, xl, yl, xu))
