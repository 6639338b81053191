# expect: crash
"""A gradient penalty through a GRU critic left in eval mode: the training-mode error comes first (TM001), at
the first gradient."""
import torch
import torch.nn as nn

torch.manual_seed(0)
gru = nn.GRU(2, 6, batch_first=True)
score = nn.Linear(6, 1)
gru.eval()
mixed = torch.randn(4, 7, 2, requires_grad=True)
critic_out = score(gru(mixed)[0][:, -1]).sum()
(slopes,) = torch.autograd.grad(critic_out, mixed, create_graph=True)  # TM001-here
penalty = ((slopes.flatten(1).norm(dim=1) - 1) ** 2).mean()
penalty.backward()
print(penalty.item())
