"""Per-task gradients through torch.func, for a hypernetwork that conditions a GRU."""
from torch.func import functional_call, grad


def task_gradients(model, x, y):
    params = {name: p.detach() for name, p in model.named_parameters()}

    def loss(p):
        out, _ = functional_call(model, p, (x,))
        return (out[:, -1] - y).pow(2).mean()

    return grad(loss)(params)  # TM002-here
