# expect: crash
"""A factory in another module picks the recurrent class from a table by name and hands it to the model's
constructor through a variable (`cell = {...}[kind]; SeriesNet(f, h, cell)`): the model holds an LSTM or a
GRU either way. It is scored in eval mode, then fine-tuned without train()."""
import torch
import torch.nn as nn

from nets import build

SETTINGS = {"kind": "gru", "features": 3, "hidden": 16}

model = build(**SETTINGS)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
x, y = torch.randn(8, 10, 3), torch.randn(8)

model.eval()
with torch.no_grad():
    print("before", nn.functional.mse_loss(model(x), y).item())

for step in range(3):
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
