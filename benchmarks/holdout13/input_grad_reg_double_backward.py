# expect: crash
"""Input-gradient regularisation ("double backprop", Drucker & LeCun) for an LSTM sequence classifier: the
gradient of the loss w.r.t. the input is taken with create_graph=True and its norm is added to the loss."""
import torch
import torch.nn as nn

clf = nn.ModuleDict(dict(rnn=nn.LSTM(6, 10, batch_first=True), fc=nn.Linear(10, 3)))
opt = torch.optim.Adam(clf.parameters(), 1e-3)
lam = 0.1


def forward(x):
    return clf.fc(clf.rnn(x)[0][:, -1])


def regularised_loss(x, y):
    x = x.requires_grad_(True)
    ce = nn.functional.cross_entropy(forward(x), y)
    gx, = torch.autograd.grad(ce, x, create_graph=True)
    return ce + lam * gx.pow(2).sum()


for step in range(3):
    x, y = torch.randn(4, 5, 6), torch.randint(0, 3, (4,))
    loss = regularised_loss(x, y)
    opt.zero_grad()
    torch.autograd.backward(loss)  # TM003-here
    opt.step()
print("done")
