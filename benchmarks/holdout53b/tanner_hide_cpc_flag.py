# expect: clean
"""Tanner hide-cure CPC: contrastive predictive coding on pH/temperature logs from the pits.

Between epochs the trainer "freezes" the model for a probe by setting `model.training = False` on
the wrapper. That assignment does not recurse: the GRU context network keeps training=True, so the
probe-time backward (InfoNCE on a held-out vat) is a training-mode backward.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(10)


class CPC(nn.Module):
    def __init__(self, n_in=2, z=8, c=8, k=2):
        super().__init__()
        self.enc = nn.Sequential(nn.Linear(n_in, z), nn.ReLU(), nn.Linear(z, z))
        self.ar = nn.GRU(z, c, batch_first=True)
        self.W = nn.ModuleList([nn.Linear(c, z, bias=False) for _ in range(k)])
        self.k = k

    def forward(self, x):
        z = self.enc(x)
        ctx, _ = self.ar(z)
        t = x.shape[1] - self.k - 1
        loss = 0.0
        for j in range(1, self.k + 1):
            pred = self.W[j - 1](ctx[:, t])          # (B, z)
            logits = pred @ z[:, t + j].T             # (B, B)
            loss = loss + F.cross_entropy(logits, torch.arange(x.shape[0]))
        return loss / self.k


def main():
    model = CPC()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    vats = torch.randn(4, 6, 12, 2)
    for epoch in range(2):
        model.train()
        for x in vats[:3]:
            loss = model(x)
            opt.zero_grad(); loss.backward(); opt.step()
        model.training = False  # "probe mode"
        probe = model(vats[3])
        probe.backward()        # gradient norm on the held-out vat, for the log
        gn = sum(p.grad.norm() ** 2 for p in model.parameters() if p.grad is not None) ** 0.5
        model.zero_grad()
        print(epoch, loss.item(), "probe", probe.item(), "gnorm", gn.item())


if __name__ == "__main__":
    main()
