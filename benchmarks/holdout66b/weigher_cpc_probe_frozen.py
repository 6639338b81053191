# expect: clean
"""Weigh-house CPC: pretrain a GRU context network with InfoNCE, then fit a linear probe on frozen features."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(15)
K = 2  # steps ahead


class CPC(nn.Module):
    def __init__(self, feat=3, z=6, c=8):
        super().__init__()
        self.enc = nn.Linear(feat, z)
        self.ar = nn.GRU(z, c, batch_first=True)
        self.pred = nn.Linear(c, z)

    def context(self, x):
        z = torch.relu(self.enc(x))
        c, _ = self.ar(z)
        return z, c

    def info_nce(self, x):
        z, c = self.context(x)
        pred = self.pred(c[:, :-K])             # (B, T-K, z)
        target = z[:, K:]                        # (B, T-K, z)
        logits = torch.einsum("btd,ntd->btn", pred, target)
        labels = torch.arange(x.size(0)).unsqueeze(1).expand(-1, logits.size(1))
        return F.cross_entropy(logits.reshape(-1, x.size(0)), labels.reshape(-1))


cpc = CPC()
opt = torch.optim.Adam(cpc.parameters(), lr=1e-2)
for step in range(3):
    loss = cpc.info_nce(torch.randn(6, 8, 3))
    opt.zero_grad()
    loss.backward()
    opt.step()

# linear probe: the pretrained network is frozen and put in eval mode
cpc.eval()
cpc.requires_grad_(False)
probe = nn.Linear(8, 2)
popt = torch.optim.SGD(probe.parameters(), lr=0.1)
for step in range(3):
    x, y = torch.randn(6, 8, 3), torch.randint(0, 2, (6,))
    _, c = cpc.context(x)
    loss = F.cross_entropy(probe(c[:, -1]), y)
    popt.zero_grad()
    loss.backward()
    popt.step()
print("probe loss", round(loss.item(), 4))
