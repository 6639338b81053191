# expect: clean
"""The same frozen eval-mode LSTM with a learned bias added after it: the nn.Parameter meets the
LSTM's output, not its input, so no backward runs through the LSTM."""
import torch
from torch import nn

torch.manual_seed(11)
lstm = nn.LSTM(4, 4, batch_first=True)
head = nn.Linear(4, 3)
lstm.eval()
for p in list(lstm.parameters()) + list(head.parameters()):
    p.requires_grad = False

out_bias = nn.Parameter(torch.zeros(4))
optim = torch.optim.SGD([out_bias], lr=0.1)
for _ in range(2):
    tokens = torch.randn(3, 5, 4)
    out, _ = lstm(tokens)
    out = out + out_bias
    loss = nn.functional.cross_entropy(head(out[:, -1]), torch.tensor([0, 1, 2]))
    optim.zero_grad()
    loss.backward()
    optim.step()
