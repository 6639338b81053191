# expect: clean
"""Contrastive predictive coding on sail-loft tension logs, with a linear probe every epoch.

A GRU summarises past strain-gauge windows into a context; the context predicts future window
embeddings against in-batch negatives (InfoNCE). After each epoch a linear probe classifies the
sail cut (crosscut / radial / tri-radial) from frozen features extracted in eval mode.
"""
import torch
from torch import nn
from torch.nn import functional as F


class CPC(nn.Module):
    def __init__(self, n_in=5, z_dim=8, c_dim=10, k_ahead=2):
        super().__init__()
        self.enc = nn.Sequential(nn.Linear(n_in, z_dim), nn.ReLU(), nn.Linear(z_dim, z_dim))
        self.ar = nn.GRU(z_dim, c_dim, batch_first=True)
        self.W = nn.ModuleList(nn.Linear(c_dim, z_dim, bias=False) for _ in range(k_ahead))
        self.k_ahead = k_ahead

    def forward(self, x):
        z = self.enc(x)
        c, _ = self.ar(z)
        return z, c

    def infonce(self, x, t):
        z, c = self(x)
        loss = 0.0
        for k, Wk in enumerate(self.W, start=1):
            pred = Wk(c[:, t])               # (B, z)
            target = z[:, t + k]             # (B, z)
            logits = pred @ target.T         # positives on the diagonal
            loss = loss + F.cross_entropy(logits, torch.arange(x.shape[0]))
        return loss / self.k_ahead


def loft_logs(bs=8, T=12):
    cut = torch.randint(0, 3, (bs,))
    base = torch.randn(bs, T, 5)
    base[..., 0] += cut[:, None].float()
    return base, cut


@torch.no_grad()
def extract(model, x):
    model.eval()
    return model(x)[1][:, -1]


def linear_probe(model, steps=20):
    x, labels = loft_logs(16)
    feats = extract(model, x)
    probe = nn.Linear(feats.shape[1], 3)
    opt = torch.optim.SGD(probe.parameters(), lr=0.5)
    for _ in range(steps):
        loss = F.cross_entropy(probe(feats), labels)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return (probe(feats).argmax(-1) == labels).float().mean().item()


if __name__ == "__main__":
    torch.manual_seed(14)
    model = CPC()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for epoch in range(3):
        model.train()
        for _ in range(3):
            x, _ = loft_logs()
            loss = model.infonce(x, t=torch.randint(2, 12 - model.k_ahead, ()).item())
            opt.zero_grad()
            loss.backward()
            opt.step()
        acc = linear_probe(model)
        print(f"epoch {epoch}: infonce {loss.item():.4f} probe acc {acc:.2f}")
