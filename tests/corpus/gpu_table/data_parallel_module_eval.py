# expect: crash
"""nn.DataParallel around an LSTM whose inner module was put in eval mode through `.module`."""
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.DataParallel(nn.LSTM(3, 5, batch_first=True))
net.module.eval()
loss = net(torch.randn(2, 4, 3))[0].pow(2).mean()
loss.backward()  # TM001-here
print(loss.item())
