# expect: crash
"""A frozen, eval-mode LSTM feature extractor as a "perceptual" loss for a generator: the gradient must flow
through the frozen LSTM back to the generator."""
import torch
import torch.nn as nn

torch.manual_seed(0)
feature_net = nn.LSTM(3, 16, batch_first=True)
feature_net.requires_grad_(False)
feature_net.eval()
generator = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 3))
opt = torch.optim.Adam(generator.parameters(), lr=1e-3)
real = torch.randn(4, 10, 3)
fake = generator(torch.randn(4, 10, 8))
loss = nn.functional.mse_loss(feature_net(fake)[0], feature_net(real)[0])
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print(loss.item())
