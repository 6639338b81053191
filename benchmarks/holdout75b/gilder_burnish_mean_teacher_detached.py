# expect: clean
"""Gilder's burnish-quality tagging: mean teacher consistency, teacher fed a detached embedding."""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(11)
V, E, H, C = 20, 6, 8, 3

embed = nn.Embedding(V, E)


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(E, H, batch_first=True)
        self.out = nn.Linear(H, C)

    def forward(self, e):
        return self.out(self.rnn(e)[0])


student = Tagger()
teacher = copy.deepcopy(student).eval()
for p in teacher.parameters():
    p.requires_grad_(False)

opt = torch.optim.Adam(list(embed.parameters()) + list(student.parameters()), lr=1e-3)


@torch.no_grad()
def ema_update(t, s, decay=0.99):
    for pt, ps in zip(t.parameters(), s.parameters()):
        pt.mul_(decay).add_(ps, alpha=1 - decay)


for step in range(4):
    tok = torch.randint(0, V, (4, 7))
    lab = torch.randint(0, C, (4, 7))
    e = embed(tok)
    s_logits = student(F.dropout(e, 0.2))
    t_logits = teacher(e.detach())  # frozen teacher on a detached input: nothing to backprop through it
    sup = F.cross_entropy(s_logits[:2].reshape(-1, C), lab[:2].reshape(-1))
    cons = F.mse_loss(s_logits.softmax(-1), t_logits.softmax(-1))
    loss = sup + 0.5 * cons
    opt.zero_grad()
    loss.backward()
    opt.step()
    ema_update(teacher, student)
    print(step, round(loss.item(), 4))
