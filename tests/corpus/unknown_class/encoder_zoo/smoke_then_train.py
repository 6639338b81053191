# expect: crash
"""The encoder is picked by name on the command line; a smoke test runs it once in eval mode, and
training starts without switching back."""
import argparse

import torch
import torch.nn.functional as F

from zoo import make_encoder

parser = argparse.ArgumentParser()
parser.add_argument("--encoder", default="gru")
parser.add_argument("--steps", type=int, default=3)
args = parser.parse_args([])

torch.manual_seed(101)
encoder = make_encoder(args.encoder, width=6)
encoder.eval()
with torch.no_grad():
    assert encoder(torch.randn(2, 4, 5)).shape == (2, 3)

optimizer = torch.optim.Adam(encoder.parameters(), lr=1e-2)
for step in range(args.steps):
    x, y = torch.randn(4, 4, 5), torch.randint(0, 3, (4,))
    loss = F.cross_entropy(encoder(x), y)
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()
