# expect: crash
"""Fine-tuning a deepcopy of a model that was in eval mode: the mode travels with the copy."""
import copy

import torch
import torch.nn as nn

torch.manual_seed(0)
base = nn.GRU(3, 5, batch_first=True)
base.eval()
student = copy.deepcopy(base)
opt = torch.optim.SGD(student.parameters(), lr=0.1)
loss = student(torch.randn(2, 4, 3))[0].pow(2).mean()
loss.backward()  # TM001-here
opt.step()
print(loss.item())
