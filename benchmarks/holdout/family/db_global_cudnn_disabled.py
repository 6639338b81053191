# expect: clean
# category: double_backward
"""Input-gradient regularisation (double backprop, Drucker & LeCun) with cuDNN turned off globally."""
import torch
import torch.nn as nn

torch.backends.cudnn.enabled = False

torch.manual_seed(0)
gru = nn.GRU(4, 12, batch_first=True)
clf = nn.Linear(12, 2)
opt = torch.optim.Adam(list(gru.parameters()) + list(clf.parameters()), lr=1e-3)
for _ in range(2):
    x = torch.randn(8, 6, 4, requires_grad=True)
    y = torch.randint(0, 2, (8,))
    ce = nn.functional.cross_entropy(clf(gru(x)[0][:, -1]), y)
    gx, = torch.autograd.grad(ce, x, create_graph=True)
    loss = ce + 0.1 * gx.pow(2).sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
