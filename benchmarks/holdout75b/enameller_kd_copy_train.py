# expect: clean
"""Enamel-firing colour prediction: distil a GRU teacher into a copy of itself (student back in train)."""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)


class Kiln(nn.Module):
    def __init__(self, d=4, h=12, k=3):
        super().__init__()
        self.gru = nn.GRU(d, h, batch_first=True)
        self.out = nn.Linear(h, k)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.out(o.mean(1))


teacher = Kiln()
teacher.eval()
student = copy.deepcopy(teacher).train()
for p in teacher.parameters():
    p.requires_grad_(False)

opt = torch.optim.Adam(student.parameters(), lr=1e-3)
T = 2.0
for step in range(4):
    x = torch.randn(6, 7, 4)
    t_logits = teacher(x)
    s_logits = student(x)
    loss = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1), reduction="batchmean")
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, float(loss))
