# expect: clean
"""Rope-walk fibre tension: contrastive predictive coding pretraining of a GRU context network.
During the linear-probe warm-up the wrapper is flagged as not-training so the probe logger skips
augmentation; the flag is an attribute on the wrapper only."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(9)


class CPC(nn.Module):
    def __init__(self, feat=4, z=8, c=8, k=2):
        super().__init__()
        self.k = k
        self.enc = nn.Sequential(nn.Linear(feat, z), nn.ReLU())
        self.ar = nn.GRU(z, c, batch_first=True)
        self.pred = nn.ModuleList([nn.Linear(c, z) for _ in range(k)])

    def augment(self, x):
        return x + 0.05 * torch.randn_like(x) if self.training else x

    def forward(self, x):
        z = self.enc(self.augment(x))
        c, _ = self.ar(z)
        loss = 0.0
        t = x.shape[1] - self.k - 1
        for i, W in enumerate(self.pred, start=1):
            pred = W(c[:, t])                 # (B, z)
            target = z[:, t + i]              # (B, z)
            logits = pred @ target.t()        # positives on the diagonal
            loss = loss + F.cross_entropy(logits, torch.arange(x.shape[0]))
        return loss / self.k


def main():
    model = CPC()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for step in range(4):
        model.training = step >= 2   # first two steps: no augmentation
        x = torch.randn(6, 10, 4)
        loss = model(x)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, model.training, model.ar.training, round(loss.item(), 4))


if __name__ == "__main__":
    main()
