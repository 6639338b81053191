# expect: clean
"""train(True) before the forward undoes the earlier eval()."""
import torch
import torch.nn as nn

torch.manual_seed(0)
encoder = nn.LSTM(4, 8, num_layers=2, dropout=0.1)
decoder = nn.Linear(8, 4)
encoder.eval()
with torch.no_grad():
    encoder(torch.randn(3, 2, 4))
encoder.train(True)
opt = torch.optim.Adam(list(encoder.parameters()) + list(decoder.parameters()))
seq = torch.randn(6, 2, 4)
h, _ = encoder(seq)
loss = (decoder(h) - seq).abs().mean()
opt.zero_grad()
loss.backward()
opt.step()
print("recon", loss.item())
