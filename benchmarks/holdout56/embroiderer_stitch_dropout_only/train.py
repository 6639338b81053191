# expect: clean
import torch

from hoop import StitchNet, count_modes, freeze_stochastic

torch.manual_seed(4)
net = freeze_stochastic(StitchNet())
print("train/eval modules:", count_modes(net))
opt = torch.optim.Adam(net.parameters(), lr=3e-3)
for step in range(3):
    x, y = torch.randn(4, 9, 2), torch.randn(4)
    loss = torch.nn.functional.smooth_l1_loss(net(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())
