# expect: crash
"""Dive-computer depth forecasting: distil a GRU teacher evaluated every step."""
import torch
from torch import nn


class DepthNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.inp = nn.Linear(3, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.inp(x)))
        return self.out(h[:, -1])


def distil_step(student, teacher, opt, x, y, alpha=0.5):
    teacher.eval()
    with torch.no_grad():
        soft = teacher(x)
    pred = student(x)
    loss = alpha * (pred - soft).pow(2).mean() + (1 - alpha) * (pred - y).pow(2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def main():
    torch.manual_seed(0)
    teacher = DepthNet(12)
    student = DepthNet(6)
    # the "student" is initialised from a teacher-shaped evaluation probe
    student.eval()
    opt = torch.optim.SGD(student.parameters(), lr=0.05)
    for step in range(3):
        x = torch.randn(4, 7, 3)
        y = torch.randn(4, 1)
        print(step, distil_step(student, teacher, opt, x, y))


if __name__ == "__main__":
    main()
