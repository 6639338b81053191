# expect: clean
"""Input-gradient norm logged with create_graph=True, but the gradient itself is never differentiated."""
import torch
import torch.nn as nn

torch.manual_seed(26)
rnn = nn.GRU(3, 8, batch_first=True)
fc = nn.Linear(8, 1)
opt = torch.optim.Adam(list(rnn.parameters()) + list(fc.parameters()), 1e-3)
for step in range(3):
    x = torch.randn(4, 5, 3, requires_grad=True)
    y = fc(rnn(x)[0][:, -1])
    loss = y.pow(2).mean()
    gx, = torch.autograd.grad(loss, x, create_graph=True, retain_graph=True)
    smooth = gx.norm().item()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(smooth, 4))
print("done")
