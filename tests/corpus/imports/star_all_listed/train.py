# expect: crash
"""`__all__` lists both the model and `validate`; validate() leaves the model in eval for the next epoch."""
import torch

from models import *

torch.manual_seed(0)
net = Forecaster()
opt = torch.optim.SGD(net.parameters(), lr=0.01)
windows = [(torch.randn(3, 6, 4), torch.randn(3, 1))]
for epoch in range(3):
    x, y = torch.randn(5, 6, 4), torch.randn(5, 1)
    loss = torch.nn.functional.mse_loss(net(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(epoch, validate(net, windows))
