# expect: crash
"""A context manager over any number of modules (`*modules`) meant to restore their modes: it records the
modes only after switching them to eval, so the restore puts them back in eval. The next training step's
backward runs through the LSTM in eval mode."""
from contextlib import contextmanager

import torch
import torch.nn as nn


@contextmanager
def evaluating(*modules):
    for module in modules:
        module.eval()
    saved = [module.training for module in modules]
    try:
        yield
    finally:
        for module, was in zip(modules, saved):
            module.train(was)


device = "cuda" if torch.cuda.is_available() else "cpu"
encoder = nn.LSTM(5, 10, batch_first=True).to(device)
decoder = nn.Linear(10, 5).to(device)
opt = torch.optim.Adam(list(encoder.parameters()) + list(decoder.parameters()), lr=1e-3)
for step in range(4):
    x = torch.randn(3, 7, 5, device=device)
    loss = (decoder(encoder(x)[0]) - x).pow(2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    if step % 2 == 0:
        with evaluating(encoder, decoder), torch.no_grad():
            print(step, (decoder(encoder(x)[0]) - x).abs().mean().item())
