# expect: clean
"""Millstone (quern) dressing wear: a pretrained LSTM encoder is frozen and kept in eval;
only a new regression head is trained on top of its features."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class GrooveEncoder(nn.Module):
    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.norm = nn.LayerNorm(n_in)
        self.lstm = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True, dropout=0.1)

    def forward(self, x):
        out, _ = self.lstm(self.norm(x))
        return out.mean(1)


def pretrain(encoder, steps=3):
    decoder = nn.Linear(10, 4)
    opt = torch.optim.Adam(list(encoder.parameters()) + list(decoder.parameters()), lr=1e-2)
    encoder.train()
    for _ in range(steps):
        x = torch.randn(6, 8, 4)
        loss = F.mse_loss(decoder(encoder(x)), x.mean(1))
        opt.zero_grad()
        loss.backward()
        opt.step()
    return encoder


def freeze(module):
    module.eval()
    for p in module.parameters():
        p.requires_grad_(False)
    return module


def main():
    torch.manual_seed(14)
    encoder = freeze(pretrain(GrooveEncoder()))
    head = nn.Sequential(nn.Linear(10, 8), nn.ReLU(), nn.Linear(8, 1))
    opt = torch.optim.Adam(head.parameters(), lr=5e-3)
    for step in range(4):
        x = torch.randn(5, 8, 4)  # raw readings, no grad
        wear = x[:, :, 2].abs().mean(1)
        pred = head(encoder(x)).squeeze(-1)
        loss = F.l1_loss(pred, wear)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
