# expect: crash
"""Functional fine-tuning: torch.func.grad w.r.t. the parameters of a train-mode LSTM tagger through
functional_call. Train mode does not save it on a GPU: cuDNN cannot read the wrapped weights."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


torch.manual_seed(0)
model = Tagger()
model.train()
params = {name: p.detach() for name, p in model.named_parameters()}
x, y = torch.randn(3, 5, 4), torch.randint(0, 3, (3,))


def loss_fn(params, inputs, labels):
    return nn.functional.cross_entropy(functional_call(model, params, (inputs,)), labels)


for step in range(2):
    grads = grad(loss_fn)(params, x, y)  # TM002-here
    params = {name: p - 0.1 * grads[name] for name, p in params.items()}
print(sorted(params))
