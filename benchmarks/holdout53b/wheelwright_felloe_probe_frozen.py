# expect: clean
"""Wheelwright felloe-crack probe: a pretrained GRU encoder of tap-test recordings is frozen
(requires_grad False, eval mode) and a linear probe is trained on its last state.

The raw recordings are plain tensors and nothing before the GRU is trainable, so no gradient has
to pass back through the eval-mode GRU.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(18)


class TapEncoder(nn.Module):
    def __init__(self, n_in=3, hidden=10):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, num_layers=2, batch_first=True, dropout=0.1)

    def forward(self, x):
        return self.gru(x)[0][:, -1]


def build_frozen_encoder():
    enc = TapEncoder()
    # (pretend) pretrained weights would be loaded here
    enc.train(False)
    for p in enc.parameters():
        p.requires_grad_(False)
    return enc


def main():
    enc = build_frozen_encoder()
    probe = nn.Linear(10, 2)
    opt = torch.optim.Adam(probe.parameters(), lr=1e-2)
    taps = torch.randn(8, 14, 3)
    cracked = torch.randint(0, 2, (8,))
    for step in range(4):
        feats = enc(taps)
        loss = F.cross_entropy(probe(feats), cracked)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("probe loss", loss.item())


if __name__ == "__main__":
    main()
