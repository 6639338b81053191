# expect: clean
"""The plaza model is made ready with `for_serving`, a module-level name bound to the helper that puts it in
eval mode, and switched back to training before it is tuned on a new week of counts."""
import torch
import torch.nn.functional as F

from tolls.nets import TollFlow
from tolls.serving import for_serving, for_tuning

torch.manual_seed(4)
net = for_tuning(for_serving(TollFlow()))
net.train()
opt = torch.optim.SGD(net.parameters(), lr=0.05)
counts, target = torch.randn(8, 12, 3), torch.randn(8)
for _ in range(2):
    loss = F.mse_loss(net(counts), target)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("tuned", float(loss))
