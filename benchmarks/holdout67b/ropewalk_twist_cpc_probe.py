# expect: clean
"""Ropewalk twist: contrastive predictive coding on strand-tension traces, then a
linear probe on the frozen GRU encoder (evaluation mode) to predict ply count."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2)


class CPC(nn.Module):
    def __init__(self, d=3, z=8, k=2):
        super().__init__()
        self.enc = nn.Linear(d, z)
        self.ar = nn.GRU(z, z, batch_first=True)
        self.pred = nn.ModuleList(nn.Linear(z, z) for _ in range(k))

    def context(self, x):
        z = self.enc(x)
        c, _ = self.ar(z)
        return z, c


def infonce(model, x):
    z, c = model.context(x)
    loss = 0.0
    for k, W in enumerate(model.pred, start=1):
        pred = W(c[:, :-k])                     # B, T-k, Z
        tgt = z[:, k:]
        logits = torch.einsum("btz,ctz->btc", pred, tgt)
        labels = torch.arange(x.size(0)).view(-1, 1).expand(-1, logits.size(1))
        loss = loss + F.cross_entropy(logits.reshape(-1, x.size(0)), labels.reshape(-1))
    return loss


cpc = CPC()
opt = torch.optim.Adam(cpc.parameters(), lr=1e-2)
cpc.train()
for _ in range(3):
    l = infonce(cpc, torch.randn(4, 8, 3))
    opt.zero_grad(); l.backward(); opt.step()

# probe: encoder frozen and in evaluation mode, the probe alone is trained
cpc.eval()
for p in cpc.parameters():
    p.requires_grad_(False)
probe = nn.Linear(8, 3)
popt = torch.optim.SGD(probe.parameters(), lr=0.1)
for _ in range(3):
    x, y = torch.randn(6, 8, 3), torch.randint(0, 3, (6,))
    _, c = cpc.context(x)
    loss = F.cross_entropy(probe(c[:, -1]), y)
    popt.zero_grad()
    loss.backward()
    popt.step()
print("probe loss", loss.item())
