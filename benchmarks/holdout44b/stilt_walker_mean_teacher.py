# expect: clean
"""Stilt-walker fall prediction from ankle IMU streams with a mean teacher.

The teacher is a deep copy of the student taken after the student's first
validation pass (so it starts in eval mode); it is updated as an exponential
moving average and only ever run under no_grad.  The consistency loss pulls the
student toward the teacher's predictions on unlabelled walks.
"""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(12)


class FallNet(nn.Module):
    def __init__(self, n_in=6, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


@torch.no_grad()
def ema_update(teacher, student, decay=0.9):
    for t, s in zip(teacher.parameters(), student.parameters()):
        t.mul_(decay).add_(s, alpha=1 - decay)


def validate(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(1) == y).float().mean().item()


def main():
    student = FallNet()
    vx, vy = torch.randn(6, 10, 6), torch.randint(0, 2, (6,))
    print("initial acc", validate(student, vx, vy))
    teacher = copy.deepcopy(student)
    for p in teacher.parameters():
        p.requires_grad_(False)
    opt = torch.optim.Adam(student.parameters(), lr=3e-3)
    student.train()
    for step in range(4):
        xl, yl = torch.randn(4, 10, 6), torch.randint(0, 2, (4,))
        xu = torch.randn(8, 10, 6)
        with torch.no_grad():
            target = F.softmax(teacher(xu + 0.05 * torch.randn_like(xu)), dim=1)
        cons = F.mse_loss(F.softmax(student(xu), dim=1), target)
        loss = F.cross_entropy(student(xl), yl) + 0.5 * cons
        opt.zero_grad()
        loss.backward()
        opt.step()
        ema_update(teacher, student)
        print(step, round(loss.item(), 4))
    print("final acc", validate(student, vx, vy))


if __name__ == "__main__":
    main()
