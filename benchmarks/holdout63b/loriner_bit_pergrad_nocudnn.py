# expect: clean
"""Loriner bit-pressure classifier: per-sample gradient norms with torch.func for importance sampling, cuDNN switched off for the transform."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(2)


class BitNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(3, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.head(o[:, -1])


def sample_loss(params, buffers, model, x, y):
    logits = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return nn.functional.cross_entropy(logits, y.unsqueeze(0))


def grad_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    norms = []
    for i in range(xs.shape[0]):
        with torch.backends.cudnn.flags(enabled=False):
            g = grad(sample_loss)(params, buffers, model, xs[i], ys[i])
        norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())))
    return torch.stack(norms)


model = BitNet()
model.train()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
xs, ys = torch.randn(8, 6, 3), torch.randint(0, 2, (8,))
for epoch in range(2):
    w = grad_norms(model, xs, ys)
    idx = torch.multinomial(w / w.sum(), 4, replacement=True)
    opt.zero_grad()
    nn.functional.cross_entropy(model(xs[idx]), ys[idx]).backward()
    opt.step()
    print(epoch, w.mean().item())
