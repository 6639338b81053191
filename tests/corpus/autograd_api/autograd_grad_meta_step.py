# expect: crash
"""A first-order meta-learning step computes parameter gradients with torch.autograd.grad on an eval model."""
import torch
import torch.nn as nn

torch.manual_seed(0)
learner = nn.GRU(3, 8, batch_first=True)
readout = nn.Linear(8, 1)
learner.eval()
support_x, support_y = torch.randn(5, 4, 3), torch.randn(5, 1)
loss = nn.functional.mse_loss(readout(learner(support_x)[0][:, -1]), support_y)
params = list(learner.parameters()) + list(readout.parameters())
grads = torch.autograd.grad(loss, params)  # TM001-here
fast_weights = [p - 0.01 * g for p, g in zip(params, grads)]
print(len(fast_weights))
