import torch.nn.functional as F
from torch.func import functional_call, grad


def task_gradients(model, task_emb, x, y):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def loss_fn(p):
        return F.mse_loss(functional_call(model, p, (x, task_emb)), y)

    return grad(loss_fn)(params)  # TM002-here
