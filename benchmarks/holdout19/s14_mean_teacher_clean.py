# expect: clean
"""Mean-teacher consistency training for a GRU sequence classifier (teacher in eval, no grad)."""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F


class GRUNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        return self.fc(self.gru(x)[1][-1])


@torch.no_grad()
def ema_update(teacher, student, decay=0.9):
    for t, s in zip(teacher.parameters(), student.parameters()):
        t.mul_(decay).add_(s, alpha=1 - decay)


def augment(x):
    return x + 0.1 * torch.randn_like(x)


if __name__ == "__main__":
    torch.manual_seed(0)
    student = GRUNet()
    teacher = copy.deepcopy(student).eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    opt = torch.optim.Adam(student.parameters(), lr=1e-3)
    xl, yl, xu = torch.randn(4, 5, 4), torch.randint(0, 3, (4,)), torch.randn(6, 5, 4)
    for step in range(3):
        student.train()
        sup = F.cross_entropy(student(augment(xl)), yl)
        with torch.no_grad():
            t_prob = F.softmax(teacher(augment(xu)), -1)
        cons = F.mse_loss(F.softmax(student(augment(xu)), -1), t_prob)
        loss = sup + cons
        opt.zero_grad()
        loss.backward()
        opt.step()
        ema_update(teacher, student)
        print(step, round(loss.item(), 4))
