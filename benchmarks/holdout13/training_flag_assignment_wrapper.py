# expect: clean
"""A wrapper that marks itself as "not training" with a plain attribute assignment (`self.training = False`) to
switch off its own auxiliary loss. The assignment does not recurse: the inner LSTM keeps training=True, so the
main loss backpropagates fine on a GPU."""
import torch
import torch.nn as nn


class WithAuxLoss(nn.Module):
    def __init__(self, inner):
        super().__init__()
        self.inner = inner
        self.aux = nn.Linear(6, 1)

    def forward(self, x):
        h = self.inner(x)[0]
        aux = self.aux(h).pow(2).mean() if self.training else h.new_zeros(())
        return h[:, -1], aux


core = nn.LSTM(4, 6, batch_first=True)
model = WithAuxLoss(core)
opt = torch.optim.SGD(model.parameters(), 0.01)
for step in range(4):
    if step == 2:
        model.training = False
    h, aux = model(torch.randn(3, 5, 4))
    loss = h.pow(2).mean() + aux
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, model.training, model.inner.training, loss.item())
print("done")
