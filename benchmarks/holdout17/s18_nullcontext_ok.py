# expect: clean
"""evaluate() uses no_grad, train uses nullcontext; eval() is called but nothing backprops through it."""
import contextlib
import torch
import torch.nn as nn

torch.manual_seed(10)
net = nn.ModuleDict({"rnn": nn.LSTM(3, 5, batch_first=True), "out": nn.Linear(5, 1)})
opt = torch.optim.Adam(net.parameters(), 1e-3)


def run_batch(x, y, training):
    ctx = contextlib.nullcontext() if training else torch.no_grad()
    with ctx:
        h, _ = net["rnn"](x)
        loss = nn.functional.mse_loss(net["out"](h[:, -1]), y)
    if training:
        opt.zero_grad(); loss.backward(); opt.step()
    return loss.item()


for epoch in range(2):
    net.train()
    tr = run_batch(torch.randn(4, 6, 3), torch.randn(4, 1), True)
    net.eval()
    va = run_batch(torch.randn(4, 6, 3), torch.randn(4, 1), False)
    print(epoch, tr, va)
print("done")
