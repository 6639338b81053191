# expect: clean
"""Parish beadle: probe a frozen register encoder for the event type.

A GRU encoder was pre-trained to reconstruct parish-register lines (baptism,
marriage, burial ...).  Here it is frozen and put in eval mode; only a linear
probe is trained on top of its final state.  The encoder forward is not under
no_grad, but neither its weights nor its inputs need a gradient.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

VOCAB, EVENTS = 30, 4


class RegisterEncoder(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.char = nn.Embedding(VOCAB, 8)
        self.gru = nn.GRU(8, hidden, batch_first=True, num_layers=2, dropout=0.2)

    def forward(self, lines):
        _, h = self.gru(self.char(lines))
        return h[-1]


def pretrain(encoder, steps=10):
    decoder = nn.Linear(12, VOCAB)
    opt = torch.optim.Adam(list(encoder.parameters()) + list(decoder.parameters()), lr=1e-2)
    encoder.train()
    for s in range(steps):
        lines = torch.randint(0, VOCAB, (8, 9))
        opt.zero_grad()
        F.cross_entropy(decoder(encoder(lines)), lines[:, 0]).backward()
        opt.step()


def register_lines(n, seed):
    g = torch.Generator().manual_seed(seed)
    events = torch.randint(0, EVENTS, (n,), generator=g)
    lines = torch.randint(4, VOCAB, (n, 9), generator=g)
    lines[:, 0] = events  # the clerk's first mark gives it away
    return lines, events


def main():
    torch.manual_seed(31)
    encoder = RegisterEncoder()
    pretrain(encoder)
    encoder.requires_grad_(False)
    encoder.eval()
    probe = nn.Linear(12, EVENTS)
    opt = torch.optim.SGD(probe.parameters(), lr=0.5)
    for epoch in range(4):
        lines, events = register_lines(16, seed=epoch)
        feats = encoder(lines)
        loss = F.cross_entropy(probe(feats), events)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"probe epoch {epoch} loss {loss.item():.4f}")


if __name__ == "__main__":
    main()
