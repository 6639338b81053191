# expect: clean
"""Hurdy-gurdy maker's wheel-rosin diagnosis: a linear probe on a frozen pretrained drone-string encoder.

The encoder is frozen and put in eval mode; the probe is trained on its features.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(27)


class DroneEncoder(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.frontend = nn.Linear(4, hidden)
        self.rnn = nn.GRU(hidden, hidden, num_layers=2, batch_first=True, bidirectional=True)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.frontend(x)))
        return h.mean(1)


def pretrain(encoder, steps=4):
    decoder = nn.Linear(24, 4)
    opt = torch.optim.Adam(list(encoder.parameters()) + list(decoder.parameters()), lr=1e-2)
    encoder.train()
    for _ in range(steps):
        x = torch.randn(6, 10, 4)
        loss = F.mse_loss(decoder(encoder(x)), x.mean(1))
        opt.zero_grad()
        loss.backward()
        opt.step()


encoder = DroneEncoder()
pretrain(encoder)
encoder.eval()
for p in encoder.parameters():
    p.requires_grad_(False)

probe = nn.Linear(24, 3)
opt = torch.optim.SGD(probe.parameters(), lr=0.1)
for epoch in range(5):
    x = torch.randn(8, 10, 4)          # recordings straight from the bench, no grad needed
    y = torch.randint(0, 3, (8,))
    feats = encoder(x)
    loss = F.cross_entropy(probe(feats), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 3))
