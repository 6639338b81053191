# expect: clean
"""A context manager over any number of modules (`*modules`) that restores their modes: it records the
modes before switching them to eval, so the restore puts them back in training mode for the next step."""
from contextlib import contextmanager

import torch
import torch.nn as nn


@contextmanager
def evaluating(*modules):
    saved = [module.training for module in modules]
    for module in modules:
        module.eval()
    try:
        yield
    finally:
        for module, was in zip(modules, saved):
            module.train(was)


device = "cuda" if torch.cuda.is_available() else "cpu"
encoder = nn.GRU(5, 10, batch_first=True, num_layers=2).to(device)
decoder = nn.Linear(10, 5).to(device)
opt = torch.optim.Adam(list(encoder.parameters()) + list(decoder.parameters()), lr=1e-3)
for step in range(4):
    x = torch.randn(3, 7, 5, device=device)
    loss = (decoder(encoder(x)[0]) - x).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 2 == 0:
        with evaluating(encoder, decoder), torch.no_grad():
            print(step, (decoder(encoder(x)[0]) - x).abs().mean().item())
