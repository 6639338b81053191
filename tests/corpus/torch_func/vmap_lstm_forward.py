# expect: crash
# fix: none
"""Per-sample predictions with torch.func.vmap over an LSTM forward: there is no batching rule for the LSTM
kernel, on a GPU or a CPU, with or without cuDNN and under no_grad too (TM002, no cuDNN fix)."""
import torch
import torch.nn as nn
from torch.func import vmap

torch.manual_seed(0)
lstm = nn.LSTM(3, 4, batch_first=True)


def predict_one(sequence):
    return lstm(sequence.unsqueeze(0))[0][0, -1]


with torch.no_grad():
    predictions = vmap(predict_one)(torch.randn(5, 6, 3))  # TM002-here
print(predictions.shape)
