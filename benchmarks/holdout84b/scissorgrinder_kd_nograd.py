# expect: clean
"""Scissor-grinder wheel wear: distil a big LSTM teacher into a small GRU student.

The teacher is re-evaluated on every batch; both networks read the same learned
feature projection, which is trained together with the student.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class Teacher(nn.Module):
    def __init__(self, d=8, h=16, k=3):
        super().__init__()
        self.lstm = nn.LSTM(d, h, batch_first=True)
        self.out = nn.Linear(h, k)

    def forward(self, z):
        o, _ = self.lstm(z)
        return self.out(o[:, -1])


class Student(nn.Module):
    def __init__(self, d=8, h=6, k=3):
        super().__init__()
        self.gru = nn.GRU(d, h, batch_first=True)
        self.out = nn.Linear(h, k)

    def forward(self, z):
        o, _ = self.gru(z)
        return self.out(o[:, -1])


proj = nn.Linear(5, 8)
teacher = Teacher()
student = Student()
for p in teacher.parameters():
    p.requires_grad_(False)

opt = torch.optim.Adam(list(proj.parameters()) + list(student.parameters()), lr=1e-2)


def kd_loss(s_logits, t_logits, y, T=2.0, alpha=0.7):
    soft = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1), reduction="batchmean")
    return alpha * soft * T * T + (1 - alpha) * F.cross_entropy(s_logits, y)


for step in range(4):
    x = torch.randn(4, 7, 5)
    y = torch.randint(0, 3, (4,))
    z = proj(x)
    teacher.eval()
    with torch.no_grad():
        t_logits = teacher(z)
    s_logits = student(z)
    loss = kd_loss(s_logits, t_logits, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"step {step} loss {loss.item():.4f}")
print("done")
