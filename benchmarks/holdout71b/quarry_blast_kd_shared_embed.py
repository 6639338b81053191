# expect: crash
"""Quarry blast vibration class: KD with a teacher evaluated each step, sharing the embedding."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Tower(nn.Module):
    def __init__(self, h):
        super().__init__()
        self.rnn = nn.LSTM(8, h, batch_first=True)
        self.cls = nn.Linear(h, 3)

    def forward(self, e):
        o, _ = self.rnn(e)
        return self.cls(o.mean(1))


torch.manual_seed(2)
embed = nn.Linear(5, 8)
teacher = Tower(16)
student = Tower(6)
for p in teacher.parameters():
    p.requires_grad_(False)
teacher.eval()

opt = torch.optim.Adam(list(embed.parameters()) + list(student.parameters()), lr=3e-3)
T = 2.0
for step in range(3):
    x = torch.randn(4, 9, 5)
    y = torch.randint(0, 3, (4,))
    e = embed(x)
    t_logits = teacher(e)
    s_logits = student(e)
    kd = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1), reduction="batchmean") * T * T
    loss = kd + F.cross_entropy(s_logits, y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(step, loss.item())
