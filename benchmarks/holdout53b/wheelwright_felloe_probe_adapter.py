# expect: crash
"""Wheelwright felloe-crack probe: a pretrained GRU encoder of tap-test recordings is frozen
(requires_grad False, eval mode); a linear probe on its last state is trained together with a
small trainable input adapter in front of the encoder (to absorb microphone differences).

The adapter's gradient has to come back through the frozen, eval-mode GRU.
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
    adapter = nn.Linear(3, 3)
    probe = nn.Linear(10, 2)
    opt = torch.optim.Adam(list(adapter.parameters()) + list(probe.parameters()), lr=1e-2)
    taps = torch.randn(8, 14, 3)
    cracked = torch.randint(0, 2, (8,))
    for step in range(4):
        feats = enc(adapter(taps))
        loss = F.cross_entropy(probe(feats), cracked)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("probe loss", loss.item())


if __name__ == "__main__":
    main()
