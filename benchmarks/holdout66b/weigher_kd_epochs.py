# expect: crash
"""Livestock weigh-bridge: distil a big GRU teacher into a small GRU student.

The student is checked on a held-out batch at the end of each epoch.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class WeighNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.proj = nn.Linear(3, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.proj(x)))
        return self.out(h[:, -1]).squeeze(-1)


def batches(n, batch=4, steps=6):
    for _ in range(n):
        yield torch.randn(batch, steps, 3), torch.randn(batch)


def check(student, loader):
    student.eval()
    total = 0.0
    with torch.no_grad():
        for x, y in loader:
            total += F.mse_loss(student(x), y).item()
    return total


teacher = WeighNet(16).eval()
student = WeighNet(6)
opt = torch.optim.Adam(student.parameters(), lr=1e-2)
student.train()

for epoch in range(2):
    for x, y in batches(3):
        with torch.no_grad():
            soft = teacher(x)
        pred = student(x)
        loss = F.mse_loss(pred, y) + 0.5 * F.mse_loss(pred, soft)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("epoch", epoch, "val", round(check(student, batches(2)), 4))
