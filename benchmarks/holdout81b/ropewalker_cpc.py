# expect: crash
"""Ropewalker twist-tension traces: contrastive predictive coding with a GRU context network."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(12)
K = 2  # prediction steps


class CPC(nn.Module):
    def __init__(self, n_in=3, z=8, c=8):
        super().__init__()
        self.enc = nn.Sequential(nn.Linear(n_in, z), nn.ReLU(), nn.Linear(z, z))
        self.ar = nn.GRU(z, c, batch_first=True)
        self.W = nn.ModuleList([nn.Linear(c, z, bias=False) for _ in range(K)])

    def forward(self, x):
        z = self.enc(x)
        ctx, _ = self.ar(z)
        return z, ctx


def info_nce(z, ctx, W):
    b, t, _ = z.shape
    loss = 0.0
    for k, proj in enumerate(W, start=1):
        pred = proj(ctx[:, : t - k])              # b, t-k, z
        target = z[:, k:]                         # b, t-k, z
        logits = torch.einsum("btz,ctz->tbc", pred, target)
        labels = torch.arange(b).expand(t - k, b)
        loss = loss + F.cross_entropy(logits.reshape(-1, b), labels.reshape(-1))
    return loss / len(W)


def load_pretrained():
    model = CPC()
    state = {k: v + 0.01 * torch.randn_like(v) for k, v in model.state_dict().items()}
    model.load_state_dict(state)
    return model.eval()


if __name__ == "__main__":
    model = load_pretrained()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for step in range(3):
        x = torch.randn(5, 8, 3)
        z, ctx = model(x)
        loss = info_nce(z, ctx, model.W)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print("step", step, "nce", round(loss.item(), 4))
