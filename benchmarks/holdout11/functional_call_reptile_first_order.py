# expect: clean
# First-order meta-learning (Reptile / FOMAML) with torch.func.functional_call only as a way to run the model
# with fast weights: plain autograd, no functorch transform, no create_graph, train mode throughout.
import torch
import torch.nn as nn
from torch.func import functional_call


class Learner(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.LSTM(2, 8, batch_first=True)
        self.cls = nn.Linear(8, 3)

    def forward(self, x):
        return self.cls(self.enc(x)[0][:, -1])


def sample_task():
    return torch.randn(5, 6, 2), torch.randint(0, 3, (5,))


def adapt(model, fast, x, y, inner_lr=0.1, steps=2):
    for _ in range(steps):
        loss = nn.functional.cross_entropy(functional_call(model, fast, (x,)), y)
        grads = torch.autograd.grad(loss, list(fast.values()))
        fast = {k: (w - inner_lr * g).detach().requires_grad_() for (k, w), g in zip(fast.items(), grads)}
    return fast


torch.manual_seed(4)
meta = Learner()
meta_opt = torch.optim.SGD(meta.parameters(), lr=0.5)
for it in range(3):
    x, y = sample_task()
    fast = {k: v.detach().clone().requires_grad_() for k, v in meta.named_parameters()}
    fast = adapt(meta, fast, x, y)
    meta_opt.zero_grad()
    for name, p in meta.named_parameters():
        p.grad = p.detach() - fast[name].detach()
    meta_opt.step()
    print(it, nn.functional.cross_entropy(functional_call(meta, fast, (x,)), y).item())
print("done")
