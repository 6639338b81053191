# expect: clean
"""Knowledge distillation for knowledge tracing: a frozen DKT teacher (LSTM) in eval mode produces soft targets under
no_grad; a smaller GRU student is trained. The teacher is fetched from a dict of checkpoints by key."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class KT(nn.Module):
    def __init__(self, n_skills, hidden, cell="lstm"):
        super().__init__()
        self.n_skills = n_skills
        self.emb = nn.Embedding(2 * n_skills, hidden)
        self.rnn = {"lstm": nn.LSTM, "gru": nn.GRU}[cell](hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_skills)

    def forward(self, q, r):
        return self.out(self.rnn(self.emb(q + self.n_skills * r))[0])


zoo = {"dkt-large": KT(5, 32), "dkt-small": KT(5, 8, cell="gru")}
teacher = copy.deepcopy(zoo["dkt-large"]).eval()
for p in teacher.parameters():
    p.requires_grad_(False)
student = zoo["dkt-small"]
opt = torch.optim.Adam(student.parameters(), lr=1e-2)
T = 2.0
for step in range(3):
    q, r = torch.randint(0, 5, (6, 7)), torch.randint(0, 2, (6, 7))
    with torch.no_grad():
        soft = torch.sigmoid(teacher(q, r) / T)
    logits = student(q, r)
    loss = F.binary_cross_entropy_with_logits(logits / T, soft)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())
