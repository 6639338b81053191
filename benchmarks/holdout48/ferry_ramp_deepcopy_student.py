# expect: crash
"""Ferry ramp loading times: a distilled student cloned from the teacher."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class RampNet(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


def pretrain(model, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        x = torch.randn(4, 5, 4)
        opt.zero_grad()
        F.mse_loss(model(x), x.mean((1, 2))).backward()
        opt.step()


def main():
    torch.manual_seed(15)
    teacher = RampNet()
    pretrain(teacher)
    teacher.eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    student = copy.deepcopy(teacher)
    for p in student.parameters():
        p.requires_grad_(True)
    opt = torch.optim.SGD(student.parameters(), lr=0.05)
    for step in range(3):
        x = torch.randn(4, 5, 4)
        with torch.no_grad():
            target = teacher(x)
        opt.zero_grad()
        loss = F.mse_loss(student(x), target)
        loss.backward()  # TM001-here
        opt.step()
        print(step, loss.item())


if __name__ == "__main__":
    main()
