# expect: clean
"""Sequence-level knowledge distillation: a big LSTM teacher in eval mode produces
soft targets under no_grad; a small GRU student is trained on them."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class LM(nn.Module):
    def __init__(self, rnn_cls, h):
        super().__init__()
        self.emb = nn.Embedding(30, h)
        self.rnn = rnn_cls(h, h, batch_first=True)
        self.dec = nn.Linear(h, 30)

    def forward(self, x):
        return self.dec(self.rnn(self.emb(x))[0])


torch.manual_seed(0)
teacher = LM(nn.LSTM, 16).eval()
student = LM(nn.GRU, 6)
opt = torch.optim.Adam(student.parameters(), lr=1e-3)
T = 2.0
for step in range(3):
    x = torch.randint(0, 30, (4, 7))
    with torch.no_grad():
        soft = F.softmax(teacher(x) / T, -1)
    s_logits = student(x)
    kd = F.kl_div(F.log_softmax(s_logits / T, -1), soft, reduction="batchmean") * T * T
    opt.zero_grad()
    kd.backward()
    opt.step()
    print(step, kd.item())
