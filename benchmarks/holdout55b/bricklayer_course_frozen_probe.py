# expect: clean
"""Brick-course level probe: a frozen GRU encoder in eval, a trainable linear probe on top."""
import torch
from torch import nn
import torch.nn.functional as F


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(4, 8)
        self.gru = nn.GRU(8, 8, batch_first=True)

    def forward(self, x):
        return self.gru(torch.relu(self.proj(x)))[0][:, -1]


def main():
    torch.manual_seed(9)
    enc = Encoder()
    enc.eval()
    for p in enc.parameters():
        p.requires_grad_(False)
    probe = nn.Linear(8, 3)
    opt = torch.optim.Adam(probe.parameters(), lr=1e-2)
    for step in range(3):
        x, y = torch.randn(5, 6, 4), torch.randint(0, 3, (5,))
        feats = enc(x)
        loss = F.cross_entropy(probe(feats), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, loss.item())


if __name__ == "__main__":
    main()
