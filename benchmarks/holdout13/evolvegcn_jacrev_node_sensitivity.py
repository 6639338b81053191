# expect: crash
"""EvolveGCN-O style: a GRU evolves the GCN weight matrix across snapshots. Node-feature sensitivity is computed
with torch.func.jacrev through the whole temporal model; functorch transforms cannot see through cuDNN RNNs."""
import torch
import torch.nn as nn
from torch.func import jacrev


class EvolveGCNO(nn.Module):
    def __init__(self, feat=4):
        super().__init__()
        self.w0 = nn.Parameter(torch.randn(feat, feat) * 0.3)
        self.evolve = nn.GRU(feat, feat)  # rows of W are the batch

    def forward(self, snapshots, adjs):
        w, outs = self.w0, []
        for x, a in zip(snapshots, adjs):
            w = self.evolve(w.unsqueeze(0), w.unsqueeze(0))[0].squeeze(0)
            outs.append(torch.relu(a @ x @ w))
        return torch.stack(outs).mean(0)


def normalised_adj(n):
    a = (torch.rand(n, n) > 0.6).float()
    a = ((a + a.T) > 0).float() + torch.eye(n)
    d = a.sum(1).rsqrt()
    return d[:, None] * a * d[None, :]


model = EvolveGCNO()
opt = torch.optim.Adam(model.parameters(), 1e-2)
snaps = [torch.randn(6, 4) for _ in range(3)]
adjs = [normalised_adj(6) for _ in range(3)]
for _ in range(2):
    loss = model(snaps, adjs).pow(2).mean()
    opt.zero_grad(); loss.backward(); opt.step()


def last_snapshot_score(x_last):
    return model(snaps[:-1] + [x_last], adjs).sum(-1)


J = jacrev(last_snapshot_score)(snaps[-1])  # TM002-here
print("sensitivity", J.shape)
print("done")
