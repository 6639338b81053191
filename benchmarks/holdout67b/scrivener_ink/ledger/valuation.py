import torch
import torch.nn.functional as F
from torch.func import functional_call, grad


def _loss(params, model, x, y):
    return F.mse_loss(functional_call(model, params, (x[None],)), y[None])


class ValuationCallback:
    def __init__(self, val):
        self.val = val

    def per_example_grad(self, model, params, x, y):
        g = grad(_loss)(params, model, x, y)  # TM002-here
        return torch.cat([t.flatten() for t in g.values()])

    def on_epoch_end(self, model, train, epoch):
        params = {k: v.detach() for k, v in model.named_parameters()}
        g_val = sum(self.per_example_grad(model, params, x, y) for x, y in self.val)
        scores = [float(self.per_example_grad(model, params, x, y) @ g_val) for x, y in train]
        print(f"epoch {epoch}: most helpful example {max(range(len(scores)), key=scores.__getitem__)}")
