# expect: crash
"""Peat cutting: a linear probe on top of a moisture-sequence encoder.
The encoder is frozen and in eval; a small learned input scaler sits in
front of it, and the probe's gradient is taken for a diagnostic."""
import torch
from torch import nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 12, batch_first=True)

    def forward(self, x):
        return self.gru(x)[0][:, -1]


def main():
    torch.manual_seed(8)
    enc = Encoder().eval()
    for p in enc.parameters():
        p.requires_grad_(False)
    scaler = nn.Parameter(torch.ones(4))
    probe = nn.Linear(12, 3)
    x = torch.randn(6, 10, 4)
    y = torch.randint(0, 3, (6,))
    logits = probe(enc(x * scaler))
    loss = nn.functional.cross_entropy(logits, y)
    loss.backward()  # TM001-here
    print("probe grad norm", probe.weight.grad.norm().item())


if __name__ == "__main__":
    main()
