# expect: clean
"""AIS vessel-type classification from a YAML-described model."""
import torch

from builder import build_from_yaml
from data import make_tracks

SPEC = """
embed:
  type: Linear
  args: [4, 8]
  mode: train
  frozen: true
encoder:
  type: LSTM
  args: [8, 8]
  kwargs: {batch_first: true}
  mode: eval
  frozen: true
head:
  type: Linear
  args: [8, 3]
  mode: train
"""

torch.manual_seed(13)
parts = build_from_yaml(SPEC)
params = [p for m in parts.values() for p in m.parameters() if p.requires_grad]
opt = torch.optim.Adam(params, 1e-2)
for step, (tracks, vtype) in enumerate(make_tracks(3)):
    z = parts["embed"](tracks).tanh()
    h, _ = parts["encoder"](z)
    loss = torch.nn.functional.cross_entropy(parts["head"](h[:, -1]), vtype)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
