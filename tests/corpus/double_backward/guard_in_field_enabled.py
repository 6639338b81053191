# expect: crash
"""A MAML learner keeps a guard factory in a field and runs its meta step inside `with self.guard():`, but the
default factory keeps cuDNN enabled: the second-order gradient runs through the cuDNN GRU (double backward)."""
import torch
import torch.nn as nn
from torch.func import functional_call


def keep_cudnn():
    return torch.backends.cudnn.flags(enabled=True)


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(1, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


class MAML:
    def __init__(self, model, inner_lr=0.1, guard=keep_cudnn):
        self.model, self.inner_lr, self.guard = model, inner_lr, guard
        self.optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

    def meta_step(self, support, query):
        with self.guard():
            params = dict(self.model.named_parameters())
            inner = nn.functional.mse_loss(functional_call(self.model, params, (support[0],)), support[1])
            grads = torch.autograd.grad(inner, list(params.values()), create_graph=True)
            fast = {name: p - self.inner_lr * g for (name, p), g in zip(params.items(), grads)}
            loss = nn.functional.mse_loss(functional_call(self.model, fast, (query[0],)), query[1])
            self.optimizer.zero_grad()
            loss.backward()  # TM003-here
            self.optimizer.step()
        return loss.item()


torch.manual_seed(0)
model = Regressor()
model.train()
maml = MAML(model)
for task in range(2):
    support = torch.randn(5, 4, 1), torch.randn(5, 1)
    query = torch.randn(5, 4, 1), torch.randn(5, 1)
    print(maml.meta_step(support, query))
