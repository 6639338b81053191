# expect: crash
"""flatten_parameters() after eval() compacts the weights but changes nothing about the mode."""
import torch
import torch.nn as nn

torch.manual_seed(0)
gru = nn.GRU(3, 5, batch_first=True)
gru.eval()
gru.flatten_parameters()
loss = gru(torch.randn(2, 4, 3))[0].pow(2).mean()
loss.backward()  # TM001-here
print(loss.item())
