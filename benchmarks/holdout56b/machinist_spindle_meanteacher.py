# expect: clean
"""Spindle-bearing wear classification on a CNC machinist's logs with a
mean teacher: the EMA teacher runs in eval() on unlabelled traces and the
student is trained on labelled traces plus a consistency term."""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(51)


class SpindleNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 12, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.2)
        self.cls = nn.Linear(24, 3)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.cls(self.drop(h.max(1).values))


@torch.no_grad()
def ema_update(teacher, student, decay=0.95):
    for pt, ps in zip(teacher.parameters(), student.parameters()):
        pt.mul_(decay).add_(ps, alpha=1 - decay)


def augment(x):
    return x + 0.05 * torch.randn_like(x)


def main():
    student = SpindleNet()
    teacher = copy.deepcopy(student).eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    opt = torch.optim.Adam(student.parameters(), lr=2e-3)
    student.train()
    for step in range(5):
        xl, yl = torch.randn(4, 9, 3), torch.randint(0, 3, (4,))
        xu = torch.randn(6, 9, 3)
        t_prob = F.softmax(teacher(augment(xu)), -1)
        s_logp = F.log_softmax(student(augment(xu)), -1)
        cons = F.kl_div(s_logp, t_prob, reduction="batchmean")
        sup = F.cross_entropy(student(xl), yl)
        loss = sup + min(1.0, step / 3) * cons
        opt.zero_grad()
        loss.backward()
        opt.step()
        ema_update(teacher, student)
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
