# expect: crash
"""Paper marbler pattern model: VJP of the swirl score in eval mode for a pattern report."""
import torch
import torch.nn as nn
from torch.func import vjp

torch.manual_seed(4)

rnn = nn.RNN(4, 8, num_layers=2, batch_first=True)
head = nn.Linear(8, 2)
net = nn.Sequential()
net.add_module("rnn", rnn)


def swirl(pattern):
    out, _ = rnn(pattern)
    return head(out.mean(1))


net.eval()
head.eval()
pattern = torch.randn(3, 9, 4)
scores, pullback = vjp(swirl, pattern)  # TM002-here
(g,) = pullback(torch.ones_like(scores))
print("scores", scores.shape, "grad norm", g.norm().item())
