# expect: crash
"""The plaza model is made ready with `for_serving`, a module-level name bound to the helper that puts it in
eval mode (the pre-filter knew only the helper's own name), then tuned on a new week of counts."""
import torch
import torch.nn.functional as F

from tolls.nets import TollFlow
from tolls.serving import for_serving

torch.manual_seed(4)
net = for_serving(TollFlow())
opt = torch.optim.SGD(net.parameters(), lr=0.05)
counts, target = torch.randn(8, 12, 3), torch.randn(8)
for _ in range(2):
    loss = F.mse_loss(net(counts), target)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("tuned", float(loss))
