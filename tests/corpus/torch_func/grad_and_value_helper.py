# expect: crash
"""A helper computes loss and gradients with torch.func.grad_and_value for whatever model it is given."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad_and_value


def loss_and_grads(model, inputs, targets):
    params = {name: p.detach() for name, p in model.named_parameters()}

    def loss_of(p):
        return nn.functional.mse_loss(functional_call(model, p, (inputs,))[0][:, -1], targets)

    grads, loss = grad_and_value(loss_of)(params)  # TM002-here
    return loss, grads


torch.manual_seed(0)
encoder = nn.LSTM(3, 4, batch_first=True)
loss, grads = loss_and_grads(encoder, torch.randn(2, 5, 3), torch.randn(2, 4))
print(loss.item(), len(grads))
