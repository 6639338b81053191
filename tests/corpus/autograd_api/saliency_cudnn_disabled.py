# expect: clean
"""Saliency on an eval-mode LSTM done right for GPUs: cuDNN disabled around the forward and backward."""
import torch
import torch.nn as nn

torch.manual_seed(0)
lstm = nn.LSTM(1, 16, batch_first=True)
fc = nn.Linear(16, 5)
lstm.eval()
fc.eval()
signal = torch.randn(1, 40, 1, requires_grad=True)
with torch.backends.cudnn.flags(enabled=False):
    scores = fc(lstm(signal)[0][:, -1])
    scores[0, scores.argmax()].backward()
print("peak at", signal.grad.abs().squeeze().argmax().item())
