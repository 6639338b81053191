# expect: clean
"""Thatcher reed moisture: mean-teacher consistency; the EMA teacher is in eval under no_grad, the student trains."""
import copy
import torch
import torch.nn as nn

torch.manual_seed(6)


class ReedGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(2, 8, batch_first=True, dropout=0.1, num_layers=2)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1])


student = ReedGRU()
teacher = copy.deepcopy(student).eval()
for p in teacher.parameters():
    p.requires_grad_(False)
opt = torch.optim.Adam(student.parameters(), lr=1e-3)


@torch.no_grad()
def ema_update(t, s, decay=0.99):
    for pt, ps in zip(t.parameters(), s.parameters()):
        pt.mul_(decay).add_(ps, alpha=1 - decay)


student.train()
for step in range(4):
    x_l, y_l = torch.randn(4, 5, 2), torch.randn(4, 1)
    x_u = torch.randn(6, 5, 2)
    with torch.no_grad():
        target = teacher(x_u + 0.05 * torch.randn_like(x_u))
    cons = nn.functional.mse_loss(student(x_u), target)
    sup = nn.functional.mse_loss(student(x_l), y_l)
    loss = sup + 0.5 * cons
    opt.zero_grad()
    loss.backward()
    opt.step()
    ema_update(teacher, student)
print("ok", teacher.training, student.training)
