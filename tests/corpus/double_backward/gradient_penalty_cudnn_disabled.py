# expect: clean
"""The gradient penalty of an LSTM critic with cuDNN disabled around the critic's forward: double backward runs."""
import torch
import torch.nn as nn

torch.manual_seed(0)
lstm = nn.LSTM(2, 6, batch_first=True)
score = nn.Linear(6, 1)
opt = torch.optim.Adam(list(lstm.parameters()) + list(score.parameters()), lr=1e-3)
mixed = torch.randn(4, 7, 2, requires_grad=True)
with torch.backends.cudnn.flags(enabled=False):
    critic_out = score(lstm(mixed)[0][:, -1]).sum()
(slopes,) = torch.autograd.grad(critic_out, mixed, create_graph=True)
penalty = ((slopes.flatten(1).norm(dim=1) - 1) ** 2).mean()
opt.zero_grad()
(critic_out + 10 * penalty).backward()
opt.step()
print(penalty.item())
