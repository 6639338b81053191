# expect: clean
import torch
import torch.nn.functional as F

from ensemble import Ensemble

torch.manual_seed(63)
model = Ensemble().freeze_baseline()
opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
x, y = torch.randn(5, 6, 4), torch.randint(0, 3, (5,))
for step in range(3):
    opt.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
print("loss", round(loss.item(), 4), "baseline grads:", model.baseline.weight_ih_l0.grad)
