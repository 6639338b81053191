# expect: crash
"""LSTM with proj_size (LSTMP), batch_first, in eval mode, then a backward for a regression loss."""
import torch
import torch.nn as nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=10, hidden_size=20, proj_size=5, batch_first=True)
lstm.eval()
x = torch.randn(3, 8, 10)
target = torch.randn(3, 8, 5)
opt = torch.optim.SGD(lstm.parameters(), lr=0.05)
out, (h, c) = lstm(x)
loss = nn.functional.mse_loss(out, target)
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print(loss.item())
