"""A sibling script that builds the language model and freezes it for export when it runs."""
import torch
import torch.nn as nn

torch.manual_seed(1)
lm = nn.LSTM(5, 7, num_layers=2, batch_first=True)
proj = nn.Linear(7, 5)
lm.eval()
proj.eval()
