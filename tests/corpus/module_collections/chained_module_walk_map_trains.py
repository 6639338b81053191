# expect: clean
"""The same walk; training puts both back in train mode, one at a time, through map."""
import functools
import itertools
import torch
from torch import nn

torch.manual_seed(5)
encoder = nn.LSTM(3, 4, batch_first=True)
decoder = nn.LSTM(3, 4, batch_first=True)
optim = torch.optim.SGD(itertools.chain(encoder.parameters(), decoder.parameters()), lr=0.1)


def loss_of(src, tgt):
    _, state = encoder(src)
    out, _ = decoder(tgt, state)
    return out.pow(2).mean()


for round_ in range(2):
    list(map(lambda m: m.train(), (encoder, decoder)))
    loss = loss_of(torch.randn(2, 5, 3), torch.randn(2, 3, 3))
    optim.zero_grad()
    loss.backward()
    optim.step()
    for module in itertools.chain(encoder.modules(), decoder.modules()):
        module.eval()
    with torch.no_grad():
        loss_of(torch.randn(2, 5, 3), torch.randn(2, 3, 3))
