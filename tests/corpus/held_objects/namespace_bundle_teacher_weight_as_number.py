# expect: clean
"""Distillation state kept in a `SimpleNamespace`: the frozen teacher (eval mode) and the student are its fields. The
teacher's confidence weights the student's loss as a Python number (`.item()`): no graph leads back to the teacher,
and the backward runs through the student (train mode) only."""
from types import SimpleNamespace

import torch
import torch.nn as nn
import torch.nn.functional as F


class Reader(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 3)

    def forward(self, x):
        return self.cls(self.lstm(x)[0][:, -1])


def make_bundle():
    teacher = Reader(12).eval()
    student = Reader(6)
    return SimpleNamespace(teacher=teacher, student=student,
                           opt=torch.optim.SGD(student.parameters(), lr=0.05))


def distil_step(bundle, x, y):
    weight = bundle.teacher(x).softmax(-1).max(-1).values.mean().item()
    loss = weight * F.cross_entropy(bundle.student(x), y)
    bundle.opt.zero_grad()
    loss.backward()
    bundle.opt.step()
    return float(loss)


torch.manual_seed(3)
bundle = make_bundle()
for _ in range(2):
    distil_step(bundle, torch.randn(5, 7, 4), torch.randint(0, 3, (5,)))
