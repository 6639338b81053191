# expect: crash
"""Cordwainer shoe-last fit classifier: feature distillation where the frozen eval teacher reads the student's projected input."""
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
adapter = nn.Linear(6, 12)
opt = torch.optim.Adam(list(student.parameters()) + list(adapter.parameters()), 1e-2)
T = 2.0
for step in range(3):
    x, y = torch.randn(4, 6, 5), torch.randint(0, 3, (4,))
    s_front = torch.tanh(student.front(x))
    s_feat = student.lstm(s_front)[0][:, -1]
    s_logits = student.cls(s_feat)
    # the teacher's recurrent core re-reads the student's front-end through a width adapter
    t_feat = teacher.lstm(adapter(s_front))[0][:, -1]
    kd = F.mse_loss(adapter(s_front).mean(), t_feat.mean())
    loss = F.cross_entropy(s_logits, y) + 0.1 * kd
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(step, round(loss.item(), 4))
