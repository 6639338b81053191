# expect: clean
"""Mudlark tide-find probe: a pretrained LSTM encoder is put in eval mode and frozen;
raw (grad-free) sequences go through it and only a linear probe is trained."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(12)


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, num_layers=2, batch_first=True, dropout=0.2)

    def forward(self, x):
        return self.lstm(x)[0][:, -1]


def pretrain(enc, steps=3):
    dec = nn.Linear(8, 4)
    opt = torch.optim.Adam(list(enc.parameters()) + list(dec.parameters()), lr=1e-2)
    for _ in range(steps):
        x = torch.randn(6, 5, 4)
        loss = F.mse_loss(dec(enc(x)), x[:, -1])
        opt.zero_grad()
        loss.backward()
        opt.step()


def main():
    enc = Encoder()
    pretrain(enc)
    enc.eval()
    for p in enc.parameters():
        p.requires_grad_(False)
    probe = nn.Linear(8, 3)
    opt = torch.optim.SGD(probe.parameters(), lr=0.1)
    x, y = torch.randn(16, 5, 4), torch.randint(0, 3, (16,))
    for epoch in range(4):
        feats = enc(x)
        loss = F.cross_entropy(probe(feats), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"epoch {epoch} probe loss {loss.item():.4f}")


if __name__ == "__main__":
    main()
