# expect: crash
"""Snow-crab pots: catch-per-pot from soak time, bottom temperature and depth
along a string of pots. A GRU encoder pretrained on last season is frozen and
kept in eval; a per-feature input adapter (scale and shift) is learned for
the new fishing ground in front of it, plus a fresh head."""
import torch
from torch import nn

torch.manual_seed(4)


class PotStringEncoder(nn.Module):
    def __init__(self, n_in=3, hidden=10):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True, dropout=0.0)
        self.hidden = hidden

    def forward(self, x):
        return self.gru(x)[0]


class InputAdapter(nn.Module):
    def __init__(self, n_in=3):
        super().__init__()
        self.scale = nn.Parameter(torch.ones(n_in))
        self.shift = nn.Parameter(torch.zeros(n_in))

    def forward(self, x):
        return x * self.scale + self.shift


def season(n=8, pots=12, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, pots, 3, generator=g)
    y = (x[..., 0] * 0.3 - x[..., 1] * 0.5).mean(1)
    return x, y


def pretrain(encoder, steps=3):
    head = nn.Linear(encoder.hidden, 1)
    opt = torch.optim.SGD(list(encoder.parameters()) + list(head.parameters()), lr=0.05)
    x, y = season(seed=0)
    for _ in range(steps):
        loss = nn.functional.mse_loss(head(encoder(x)[:, -1]).squeeze(-1), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def adapt(encoder, steps=4):
    encoder.requires_grad_(False)
    encoder.eval()
    adapter = InputAdapter()
    head = nn.Linear(encoder.hidden, 1)
    opt = torch.optim.Adam(list(adapter.parameters()) + list(head.parameters()), lr=1e-2)
    x, y = season(seed=5)
    x = x + torch.tensor([0.5, -1.0, 0.2])  # the new ground is shifted
    for step in range(steps):
        pred = head(encoder(adapter(x))[:, -1]).squeeze(-1)
        loss = nn.functional.mse_loss(pred, y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(f"adapt step {step}: {loss.item():.4f}")
    return adapter, head


if __name__ == "__main__":
    enc = PotStringEncoder()
    pretrain(enc)
    adapt(enc)
