# expect: clean
"""The perceptual loss through a frozen eval-mode LSTM, computed with cuDNN disabled so the backward works."""
import torch
import torch.nn as nn

torch.manual_seed(0)
feature_net = nn.LSTM(3, 16, batch_first=True)
feature_net.requires_grad_(False)
feature_net.eval()
generator = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 3))
opt = torch.optim.Adam(generator.parameters(), lr=1e-3)
real = torch.randn(4, 10, 3)
with torch.backends.cudnn.flags(enabled=False):
    fake = generator(torch.randn(4, 10, 8))
    loss = nn.functional.mse_loss(feature_net(fake)[0], feature_net(real)[0])
    opt.zero_grad()
    loss.backward()
opt.step()
print(loss.item())
