# expect: clean
"""Seq2seq where evaluation walks itertools.chain(enc, dec) and training re-enables all three through functools.reduce."""
import functools
import itertools
import torch
import torch.nn as nn

torch.manual_seed(17)
enc = nn.GRU(4, 8, batch_first=True)
dec = nn.GRU(4, 8, batch_first=True)
out = nn.Linear(8, 4)
params = itertools.chain(enc.parameters(), dec.parameters(), out.parameters())
opt = torch.optim.Adam(params, 1e-3)


def step(src, tgt):
    _, h = enc(src)
    y, _ = dec(tgt[:, :-1], h)
    return nn.functional.mse_loss(out(y), tgt[:, 1:])


for epoch in range(2):
    functools.reduce(lambda acc, m: acc + [m.train()], (enc, dec, out), [])
    loss = step(torch.randn(3, 5, 4), torch.randn(3, 6, 4))
    opt.zero_grad()
    loss.backward()
    opt.step()
    for m in itertools.chain(enc.modules(), dec.modules(), out.modules()):
        m.eval()
    with torch.no_grad():
        print(epoch, step(torch.randn(3, 5, 4), torch.randn(3, 6, 4)).item())
print("done")
