# expect: clean
"""Whale-song call-type probe: a pretrained GRU encoder over mel frames is frozen
and put in eval mode; only a linear probe on top is trained.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(9)


class CallEncoder(nn.Module):
    def __init__(self, mels=8, hidden=16):
        super().__init__()
        self.proj = nn.Linear(mels, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=2, batch_first=True)

    def forward(self, frames):
        out, _ = self.gru(torch.tanh(self.proj(frames)))
        return out.mean(1)


def pretrain(encoder, steps=3):
    # stand-in for a self-supervised pretraining stage
    opt = torch.optim.Adam(encoder.parameters(), lr=1e-3)
    encoder.train()
    for _ in range(steps):
        x = torch.randn(4, 10, 8)
        z = encoder(x)
        loss = (z - z.mean(0, keepdim=True)).pow(2).mean().neg().exp()
        opt.zero_grad()
        loss.backward()
        opt.step()


def main():
    encoder = CallEncoder()
    pretrain(encoder)
    encoder.eval()
    for p in encoder.parameters():
        p.requires_grad_(False)

    probe = nn.Linear(16, 4)
    opt = torch.optim.SGD(probe.parameters(), lr=0.1)
    for step in range(5):
        frames = torch.randn(6, 10, 8)
        labels = torch.randint(0, 4, (6,))
        feats = encoder(frames)
        loss = F.cross_entropy(probe(feats), labels)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
