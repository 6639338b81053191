# expect: crash
"""A linear probe on a frozen encoder in eval mode; a learned input scaler in front of the encoder makes its input
need grad. The diagnostic asks `autograd.grad` for the probe's weight and the scaler: the scaler sits before the encoder, so
the gradient goes back through the GRU run in eval mode."""
import torch
from torch import nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 12, batch_first=True)

    def forward(self, x):
        return self.gru(x)[0][:, -1]


def main():
    enc = Encoder().eval()
    for p in enc.parameters():
        p.requires_grad_(False)
    scaler = nn.Parameter(torch.ones(4))
    probe = nn.Linear(12, 3)
    x = torch.randn(6, 10, 4)
    y = torch.randint(0, 3, (6,))
    loss = nn.functional.cross_entropy(probe(enc(x * scaler)), y)
    gw, gs = torch.autograd.grad(loss, [probe.weight, scaler])  # TM001-here
    print("probe grad norm", gw.norm().item())


if __name__ == "__main__":
    main()
