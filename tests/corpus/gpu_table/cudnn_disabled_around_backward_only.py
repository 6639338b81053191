# expect: crash
"""cuDNN switched off around the backward only: the eval-mode forward already ran through cuDNN, so the
backward still fails (the flag counts at forward time)."""
import torch
import torch.nn as nn

torch.manual_seed(0)
lstm = nn.LSTM(3, 5, batch_first=True)
lstm.eval()
loss = lstm(torch.randn(2, 4, 3))[0].pow(2).mean()
with torch.backends.cudnn.flags(enabled=False):
    loss.backward()  # TM001-here
print(loss.item())
