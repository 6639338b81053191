# expect: clean
"""Street-lamp failures: a frozen, pretrained flicker GRU (eval) feeds a trainable failure head."""
import copy

import torch
from torch import nn


class FlickerGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, batch_first=True)

    def forward(self, x):
        return self.gru(x)[0][:, -1]


def load_pretrained():
    enc = FlickerGRU()
    enc.eval()
    for p in enc.parameters():
        p.requires_grad_(False)
    return enc


def main():
    torch.manual_seed(8)
    encoder = copy.deepcopy(load_pretrained())
    head = nn.Linear(8, 2)
    opt = torch.optim.SGD(head.parameters(), lr=0.1)
    for _ in range(4):
        current = torch.randn(6, 12, 2)
        failed = torch.randint(0, 2, (6,))
        loss = nn.functional.cross_entropy(head(encoder(current)), failed)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("head loss", loss.item())


if __name__ == "__main__":
    main()
