# expect: clean
"""Sawyer's pit: saw-blade vibration, contrastive predictive coding then a linear probe.

Stage 2 freezes the CPC context network (eval + requires_grad False) and trains the probe
on its features; the pretrained encoder is reused as is (the adapter is kept for later).
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(23)


class CPC(nn.Module):
    def __init__(self, n_in=4, z=8, c=8, k=2):
        super().__init__()
        self.enc = nn.Linear(n_in, z)
        self.ar = nn.GRU(z, c, batch_first=True)
        self.W = nn.ModuleList([nn.Linear(c, z) for _ in range(k)])
        self.k = k

    def context(self, zs):
        c, _ = self.ar(zs)
        return c

    def infonce(self, x):
        zs = self.enc(x)
        c = self.context(zs)
        loss = 0.0
        T = x.size(1) - self.k
        for i, W in enumerate(self.W, start=1):
            pred = W(c[:, :T])
            target = zs[:, i:i + T]
            logits = torch.einsum("btd,ntd->bnt", pred, target)
            labels = torch.arange(x.size(0)).unsqueeze(-1).expand(-1, T)
            loss = loss + F.cross_entropy(logits, labels)
        return loss / self.k


def pretrain(cpc, steps=3):
    opt = torch.optim.Adam(cpc.parameters(), lr=1e-3)
    cpc.train()
    for _ in range(steps):
        opt.zero_grad()
        loss = cpc.infonce(torch.randn(6, 9, 4))
        loss.backward()
        opt.step()
    return loss.item()


def probe_stage(cpc, steps=3):
    cpc.eval()
    for p in cpc.parameters():
        p.requires_grad_(False)
    adapter = nn.Linear(4, 8)
    probe = nn.Linear(8, 3)
    opt = torch.optim.Adam(list(adapter.parameters()) + list(probe.parameters()), lr=1e-2)
    for _ in range(steps):
        x, y = torch.randn(6, 9, 4), torch.randint(0, 3, (6,))
        feats = cpc.context(cpc.enc(x))[:, -1]
        loss = F.cross_entropy(probe(feats), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    cpc = CPC()
    print("cpc", round(pretrain(cpc), 4))
    print("probe", round(probe_stage(cpc), 4))
