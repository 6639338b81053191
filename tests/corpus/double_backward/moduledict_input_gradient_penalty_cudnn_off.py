# expect: clean
"""The same input-gradient penalty on the ModuleDict classifier, with the forward run without cuDNN: the
native GRU kernels can be differentiated twice."""
import torch
import torch.nn as nn

net = nn.ModuleDict(dict(encoder=nn.GRU(3, 7, batch_first=True), head=nn.Linear(7, 2)))
optimizer = torch.optim.SGD(net.parameters(), lr=0.05)


def scores(x):
    with torch.backends.cudnn.flags(enabled=False):
        return net.head(net.encoder(x)[0].mean(1))


for _ in range(2):
    x = torch.randn(5, 4, 3, requires_grad=True)
    y = torch.randint(0, 2, (5,))
    loss = nn.functional.cross_entropy(scores(x), y)
    (grad_x,) = torch.autograd.grad(loss, x, create_graph=True)
    total = loss + 0.1 * grad_x.norm()
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
