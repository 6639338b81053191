# expect: crash
"""A notebook-style script that assembles its model with add_module, looks at a few predictions
in eval mode, then runs the training cell again, calling the RNN through the container."""
import torch
import torch.nn as nn

torch.manual_seed(2)
x = torch.randn(16, 12, 1)
y = x[:, -1] * 0.5

net = nn.Sequential()
net.add_module("rnn", nn.RNN(1, 8, batch_first=True))
net.add_module("readout", nn.Linear(8, 1))
opt = torch.optim.SGD(net.parameters(), lr=0.05)

for step in range(3):
    out, _ = net.rnn(x)
    loss = nn.functional.mse_loss(net.readout(out[:, -1]), y)
    opt.zero_grad()
    loss.backward()
    opt.step()

net.eval()
preview, _ = net.rnn(x[:2])
print(net.readout(preview[:, -1]).squeeze().tolist())

for step in range(3):
    out, _ = net.rnn(x)
    loss = nn.functional.mse_loss(net.readout(out[:, -1]), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("loss", loss.item())
