# expect: clean
"""Linear probing of a frozen recurrent encoder: the encoder (an LSTM over raw
features) is put in eval mode, every parameter has requires_grad=False, the
inputs carry no gradient, and only the probe head is trained. Nothing
requires a gradient through the RNN, so no RNN backward is ever run.
"""
import torch
import torch.nn as nn

torch.manual_seed(0)
encoder = nn.LSTM(6, 12, num_layers=2, batch_first=True)
encoder.eval()
encoder.requires_grad_(False)
probe = nn.Linear(12, 3)
opt = torch.optim.SGD(probe.parameters(), lr=0.1)
for step in range(4):
    x, y = torch.randn(8, 10, 6), torch.randint(0, 3, (8,))
    feats = encoder(x)[0][:, -1]
    loss = nn.functional.cross_entropy(probe(feats), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("probe loss", loss.item())
