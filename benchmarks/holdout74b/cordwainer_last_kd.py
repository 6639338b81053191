# expect: clean
"""Cordwainer shoe-last fit classifier: distillation from an LSTM teacher evaluated each step."""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(12)


class LastFit(nn.Module):
    def __init__(self, d=5, h=12, k=3):
        super().__init__()
        self.front = nn.Linear(d, h)
        self.lstm = nn.LSTM(h, h, batch_first=True)
        self.cls = nn.Linear(h, k)

    def features(self, x):
        o, _ = self.lstm(torch.tanh(self.front(x)))
        return o[:, -1]

    def forward(self, x):
        return self.cls(self.features(x))


def pretrain(model, steps=3):
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    model.train()
    for _ in range(steps):
        x, y = torch.randn(4, 6, 5), torch.randint(0, 3, (4,))
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad(); loss.backward(); opt.step()


teacher = LastFit(h=12)
pretrain(teacher)
teacher.eval()
for p in teacher.parameters():
    p.requires_grad_(False)

student = LastFit(h=6)
opt = torch.optim.Adam(student.parameters(), 1e-2)
T = 2.0
for step in range(3):
    x, y = torch.randn(4, 6, 5), torch.randint(0, 3, (4,))
    t_logits = teacher(x)  # teacher evaluated each step; frozen, raw input needs no grad
    s_logits = student(x)
    kd = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1), reduction="batchmean") * T * T
    loss = 0.5 * F.cross_entropy(s_logits, y) + 0.5 * kd
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
