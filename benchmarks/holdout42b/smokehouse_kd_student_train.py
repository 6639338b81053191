# expect: clean
"""Smokehouse temperature curves: distil a pretrained LSTM teacher into a student copy."""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class CurveNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(torch.tanh(self.proj(x)))
        return self.head(h[:, -1])


def pretrain(model, steps=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    model.train()
    for _ in range(steps):
        x, y = torch.randn(4, 6, 3), torch.randn(4, 1)
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def distil(teacher, student, steps=3):
    opt = torch.optim.Adam(student.parameters(), lr=1e-3)
    for _ in range(steps):
        x = torch.randn(4, 6, 3)
        with torch.no_grad():
            target = teacher(x)
        loss = F.mse_loss(student(x), target)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


teacher = CurveNet()
pretrain(teacher)
teacher.eval()
student = copy.deepcopy(teacher).train()
for p in student.parameters():
    p.requires_grad_(True)
print("distil loss", distil(teacher, student))
