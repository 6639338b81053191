# expect: clean
"""Near miss of smoke_then_train: training mode is switched on again after the smoke test."""
import argparse

import torch
import torch.nn.functional as F

from zoo import make_encoder

parser = argparse.ArgumentParser()
parser.add_argument("--encoder", default="lstm")
args = parser.parse_args([])

torch.manual_seed(102)
encoder = make_encoder(args.encoder)
encoder.eval()
with torch.no_grad():
    assert encoder(torch.randn(2, 4, 5)).shape == (2, 3)
encoder.train()

optimizer = torch.optim.Adam(encoder.parameters(), lr=1e-2)
for step in range(3):
    x, y = torch.randn(4, 4, 5), torch.randint(0, 3, (4,))
    loss = F.cross_entropy(encoder(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
