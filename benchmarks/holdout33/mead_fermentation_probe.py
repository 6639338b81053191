# expect: clean
"""Mead fermentation: will a batch stall? Read from the airlock bubble-rate and
gravity sensors over the first days.

A recurrent encoder pretrained on many brews is loaded, frozen and kept in
eval mode; only a small stall classifier on top of it is trained on this
meadery's few labelled batches.
"""
import io

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(25)


class BrewEncoder(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.gru = nn.GRU(2, hidden, num_layers=2, batch_first=True)

    def forward(self, x):
        h, _ = self.gru(x)
        return h[:, -1]


def brews(n, days=8):
    x = torch.rand(n, days, 2)
    y = (x[:, -2:, 0].mean(1) < 0.4).long()
    return x, y


def pretrained_encoder():
    """Stand-in for loading the community checkpoint: pretrain briefly, round-trip through bytes."""
    enc = BrewEncoder()
    dec = nn.Linear(12, 2)
    opt = torch.optim.Adam(list(enc.parameters()) + list(dec.parameters()), lr=1e-2)
    enc.train()
    for _ in range(3):
        x, _ = brews(8)
        loss = F.mse_loss(dec(enc(x[:, :-1])), x[:, -1])
        opt.zero_grad()
        loss.backward()
        opt.step()
    buf = io.BytesIO()
    torch.save(enc.state_dict(), buf)
    buf.seek(0)
    fresh = BrewEncoder()
    fresh.load_state_dict(torch.load(buf))
    return fresh


def main():
    encoder = pretrained_encoder().eval()
    for p in encoder.parameters():
        p.requires_grad_(False)
    head = nn.Sequential(nn.Linear(12, 8), nn.ReLU(), nn.Linear(8, 2))
    opt = torch.optim.Adam(head.parameters(), lr=1e-2)
    for epoch in range(4):
        x, y = brews(6)
        logits = head(encoder(x))
        loss = F.cross_entropy(logits, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"epoch {epoch} loss {loss.item():.3f}")


if __name__ == "__main__":
    main()
