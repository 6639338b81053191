# expect: clean
"""Opera surtitle cue classifier with a Lipschitz-style gradient penalty. The
penalty's double backward goes only through the linear head: the GRU features are
detached before the penalty is built, and the GRU is trained by the plain loss."""
import torch
import torch.nn as nn

torch.manual_seed(15)

gru = nn.GRU(5, 8, batch_first=True)
head = nn.Sequential(nn.Linear(8, 8), nn.Tanh(), nn.Linear(8, 2))
opt = torch.optim.Adam(list(gru.parameters()) + list(head.parameters()), lr=1e-2)
gru.train()

for step in range(3):
    x, y = torch.randn(4, 7, 5), torch.randint(0, 2, (4,))
    h, _ = gru(x)
    feat = h[:, -1]
    ce = nn.functional.cross_entropy(head(feat), y)
    f = feat.detach().requires_grad_(True)
    (gf,) = torch.autograd.grad(head(f).logsumexp(-1).sum(), f, create_graph=True)
    penalty = (gf.norm(dim=-1) - 1).clamp(min=0).pow(2).mean()
    loss = ce + 0.5 * penalty
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(ce.item(), 4), round(penalty.item(), 4))
