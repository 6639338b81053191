# expect: crash
# fix: cudnn
"""A helper freezes the pretrained parts of whatever model it is given by chaining its lists (`itertools.chain(
model.encoders, model.heads[:0])`): the LSTM encoders go to eval mode without grads, but the trainable adapters in
front of them still feed them tensors that need grad, so the adaptation backward runs through eval-mode LSTMs."""
import itertools

import torch
import torch.nn as nn


class Locator(nn.Module):
    def __init__(self, phases=2, hidden=6):
        super().__init__()
        self.adapters = nn.ModuleList(nn.Linear(1, 3) for _ in range(phases))
        self.encoders = nn.ModuleList(nn.LSTM(3, hidden, batch_first=True) for _ in range(phases))
        self.heads = nn.ModuleList([nn.Linear(phases * hidden, 4)])

    def forward(self, waves):
        feats = [enc(ad(waves[..., i:i + 1]).tanh())[0][:, -1]
                 for i, (ad, enc) in enumerate(zip(self.adapters, self.encoders))]
        return self.heads[0](torch.cat(feats, -1))


def freeze_pretrained(model):
    for m in itertools.chain(model.encoders, model.heads[:0]):
        m.eval()
        m.requires_grad_(False)


def adapt(model, waves, target):
    freeze_pretrained(model)
    opt = torch.optim.Adam(itertools.chain(model.adapters.parameters(), model.heads.parameters()), lr=1e-2)
    loss = nn.functional.cross_entropy(model(waves), target)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


torch.manual_seed(0)
print(adapt(Locator(), torch.randn(3, 8, 2), torch.randint(0, 4, (3,))))
