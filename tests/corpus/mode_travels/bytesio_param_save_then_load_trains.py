# expect: clean
"""One in-memory file handed to two stages: `export(buffer)` evaluates the tagger and torch.save()s the whole
module into the buffer it was given; `resume(buffer)` rewinds it, torch.load()s the module and puts it back in
training mode before training it."""
import io

import torch
import torch.nn as nn


def export(buffer):
    tagger = nn.GRU(3, 5, batch_first=True)
    tagger.eval()
    torch.save(tagger, buffer)


def resume(buffer):
    buffer.seek(0)
    tagger = torch.load(buffer, weights_only=False)
    tagger.train()
    opt = torch.optim.SGD(tagger.parameters(), lr=0.1)
    loss = tagger(torch.randn(2, 4, 3))[0].pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()


shared = io.BytesIO()
export(shared)
resume(shared)
