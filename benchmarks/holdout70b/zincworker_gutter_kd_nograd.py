# expect: clean
"""Zinc gutter sag forecasting: student GRU distilled from a teacher evaluated each step."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class SagNet(nn.Module):
    def __init__(self, d_in=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(d_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.out(h[:, -1])


def teacher_targets(teacher, x):
    teacher.eval()
    with torch.no_grad():
        return teacher(x)


def main():
    teacher, student = SagNet(hidden=12), SagNet(hidden=6)
    opt = torch.optim.Adam(student.parameters(), lr=1e-3)
    for step in range(4):
        x = torch.randn(4, 7, 3)
        y = torch.randn(4, 1)
        soft = teacher_targets(teacher, x)
        pred = student(x)
        loss = F.mse_loss(pred, soft) + F.mse_loss(pred, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, float(loss))


if __name__ == "__main__":
    main()
