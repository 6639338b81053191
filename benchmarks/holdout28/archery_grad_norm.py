# expect: clean
"""Archery release timing: log the gradient norm computed with create_graph, no second backward."""
import torch
from torch import nn

model = nn.ModuleDict({"rnn": nn.LSTM(3, 8, batch_first=True), "fc": nn.Linear(8, 1)})
opt = torch.optim.SGD(model.parameters(), lr=0.01)
x, y = torch.randn(4, 7, 3), torch.randn(4, 1)
for step in range(2):
    loss = nn.functional.mse_loss(model["fc"](model["rnn"](x)[0][:, -1]), y)
    grads = torch.autograd.grad(loss, list(model.parameters()), create_graph=True)
    gnorm = torch.sqrt(sum(g.pow(2).sum() for g in grads))
    with torch.no_grad():
        for p, g in zip(model.parameters(), grads):
            p -= 0.01 * g
    print("loss", loss.item(), "grad norm", gnorm.item())
