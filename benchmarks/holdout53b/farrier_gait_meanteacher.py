# expect: crash
"""Farrier gait-lameness detector trained with a mean teacher (EMA) on unlabelled hoof-sensor clips.

The consistency term compares the teacher with the student's *clean* prediction, which is taken
from `student.predict`, a convenience method that puts the model in eval mode (it was written for
the reporting script) and is reused here without thinking.
"""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(8)


class GaitNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(6, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(self.drop(h[:, -1]))

    def predict(self, x):
        self.eval()
        return F.softmax(self(x), dim=-1)


@torch.no_grad()
def ema_update(teacher, student, decay=0.9):
    for pt, ps in zip(teacher.parameters(), student.parameters()):
        pt.mul_(decay).add_(ps, alpha=1 - decay)


def main():
    student = GaitNet()
    teacher = copy.deepcopy(student)
    for p in teacher.parameters():
        p.requires_grad_(False)
    teacher.eval()
    opt = torch.optim.Adam(student.parameters(), lr=2e-3)
    xl, yl = torch.randn(4, 12, 6), torch.randint(0, 2, (4,))
    xu = torch.randn(6, 12, 6)
    for step in range(3):
        student.train()
        sup = F.cross_entropy(student(xl), yl)
        with torch.no_grad():
            t = F.softmax(teacher(xu + 0.05 * torch.randn_like(xu)), dim=-1)
        s = student.predict(xu)
        cons = F.mse_loss(s, t)
        loss = sup + cons
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        ema_update(teacher, student)
        print(step, sup.item(), cons.item())


if __name__ == "__main__":
    main()
