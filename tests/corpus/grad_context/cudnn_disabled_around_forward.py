# expect: clean
"""Deliberately keeping eval mode (no dropout) while fine-tuning: cuDNN is switched off for this forward."""
import torch
import torch.nn as nn

torch.manual_seed(0)
lstm = nn.LSTM(4, 8, num_layers=2, dropout=0.3, batch_first=True)
head = nn.Linear(8, 1)
lstm.eval()
opt = torch.optim.Adam(list(lstm.parameters()) + list(head.parameters()))
x, y = torch.randn(5, 6, 4), torch.randn(5, 1)
with torch.backends.cudnn.flags(enabled=False):
    out, _ = lstm(x)
    loss = nn.functional.mse_loss(head(out[:, -1]), y)
    opt.zero_grad()
    loss.backward()
opt.step()
print(loss.item())
