# expect: clean
"""Cask yield: a pretrained GRU reads the pour log, only a new yield head is fitted.

The whole model is put in eval to keep dropout off; the GRU and the embedding are frozen.
"""
import torch
from torch import nn


class PourEncoder(nn.Module):
    def __init__(self, n_taps=10, dim=6):
        super().__init__()
        self.emb = nn.Embedding(n_taps, dim)
        self.gru = nn.GRU(dim, dim, num_layers=2, dropout=0.1, batch_first=True)

    def forward(self, taps):
        out, _ = self.gru(self.emb(taps))
        return out.mean(1)


class CaskYield(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = PourEncoder()
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(6, 1)

    def forward(self, taps):
        return self.head(self.drop(self.encoder(taps))).squeeze(-1)


def main():
    torch.manual_seed(1)
    model = CaskYield()
    for p in model.encoder.parameters():
        p.requires_grad_(False)
    model.eval()
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.05)
    for step in range(5):
        taps = torch.randint(0, 10, (5, 7))
        target = taps.float().mean(1) / 10
        loss = nn.functional.smooth_l1_loss(model(taps), target)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
