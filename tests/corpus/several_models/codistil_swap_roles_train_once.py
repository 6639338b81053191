# expect: crash
"""Two copies of a model take turns: each round one is the teacher (eval, under no_grad) and the other learns from
the labels and the teacher's predictions; then the names swap. Train mode is set once, before the loop: after the
first swap the learner is the object the last round put in eval mode."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class Seam(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


def distil(student, teacher, opt, x, y):
    with torch.no_grad():
        soft = teacher(x)
    pred = student(x)
    loss = F.mse_loss(pred, y) + 0.3 * F.mse_loss(pred, soft)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()


def main():
    student = Seam()
    teacher = copy.deepcopy(student)
    opts = {id(student): torch.optim.SGD(student.parameters(), lr=0.05),
            id(teacher): torch.optim.SGD(teacher.parameters(), lr=0.05)}
    student.train()
    for _ in range(3):
        teacher.eval()
        x = torch.randn(4, 6, 2)
        distil(student, teacher, opts[id(student)], x, x[:, :, 0].mean(1))
        student, teacher = teacher, student


if __name__ == "__main__":
    main()
