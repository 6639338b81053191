# expect: crash
"""Prompt tuning: the LSTM classifier is frozen and left in eval mode; only a soft prompt, an
nn.Parameter made at module level, is trained. It is prepended to the LSTM's input, so the backward
to the prompt runs through the eval-mode LSTM."""
import torch
from torch import nn

torch.manual_seed(11)
lstm = nn.LSTM(4, 4, batch_first=True)
head = nn.Linear(4, 3)
lstm.eval()
for p in list(lstm.parameters()) + list(head.parameters()):
    p.requires_grad = False

soft_prompt = nn.Parameter(torch.zeros(1, 2, 4))
optim = torch.optim.SGD([soft_prompt], lr=0.1)
for _ in range(2):
    tokens = torch.randn(3, 5, 4)
    seq = torch.cat([soft_prompt.expand(3, -1, -1), tokens], dim=1)
    out, _ = lstm(seq)
    loss = nn.functional.cross_entropy(head(out[:, -1]), torch.tensor([0, 1, 2]))
    optim.zero_grad()
    loss.backward()  # TM001-here
    optim.step()
