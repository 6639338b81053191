# expect: clean
"""Farrier gait-lameness detector trained with a mean teacher (EMA) on unlabelled hoof-sensor clips.

`student.predict` (eval mode, for reports) is still called every step, but only to log the
agreement rate under no_grad; the consistency term uses a fresh training-mode forward, and the
loop puts the student back in train at the top of every step.
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
        s = F.softmax(student(xu), dim=-1)
        cons = F.mse_loss(s, t)
        loss = sup + cons
        opt.zero_grad()
        loss.backward()
        opt.step()
        ema_update(teacher, student)
        with torch.no_grad():
            agree = (student.predict(xu).argmax(-1) == t.argmax(-1)).float().mean()
        print(step, sup.item(), cons.item(), agree.item())


if __name__ == "__main__":
    main()
