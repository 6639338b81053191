# expect: clean
"""Orchid greenhouse: a linear probe on top of a pretrained, frozen GRU encoder of humidity logs.

The encoder is put in eval mode and frozen; the sensor tensors do not require grad, so the
backward of the probe loss stops at the encoder's output."""
import torch
import torch.nn as nn

torch.manual_seed(14)


class HumidityEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(4, 8)
        self.gru = nn.GRU(8, 12, batch_first=True, num_layers=2)

    def forward(self, x):
        o, h = self.gru(torch.relu(self.proj(x)))
        return h[-1]


def pretrain(enc, steps=3):
    dec = nn.Linear(12, 4)
    opt = torch.optim.Adam(list(enc.parameters()) + list(dec.parameters()), lr=1e-2)
    enc.train()
    for _ in range(steps):
        x = torch.randn(6, 10, 4)
        loss = nn.functional.mse_loss(dec(enc(x)), x[:, -1])
        opt.zero_grad()
        loss.backward()
        opt.step()


def freeze(module):
    module.eval()
    for p in module.parameters():
        p.requires_grad_(False)
    return module


def fit_probe(enc, n_cls=3, steps=5):
    probe = nn.Linear(12, n_cls)
    opt = torch.optim.SGD(probe.parameters(), lr=0.1)
    for s in range(steps):
        x = torch.randn(6, 10, 4)
        y = torch.randint(0, n_cls, (6,))
        loss = nn.functional.cross_entropy(probe(enc(x)), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return probe, loss.item()


if __name__ == "__main__":
    encoder = HumidityEncoder()
    pretrain(encoder)
    probe, last = fit_probe(freeze(encoder))
    print("probe loss", round(last, 4))
