# expect: crash
"""Per-sample gradient norms with torch.func (grad of a functional_call loss), e.g. for
data-valuation / gradient-based outlier scoring. vmap cannot batch nn.LSTM, so the script
loops over samples and applies torch.func.grad to each one. The model is in train mode, but
functorch transforms cannot run through a cuDNN RNN at all (TensorWrapper storage).
"""
import torch
from torch import nn
from torch.func import functional_call, grad


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.LSTM(3, 8, batch_first=True, proj_size=4)
        self.tail = nn.Linear(4, 1)

    def forward(self, x):
        return self.tail(self.body(x)[0][:, -1]).squeeze(-1)  # TM002-here


def make_loss_fn(model):
    def compute_loss(params, buffers, x, y):
        pred = functional_call(model, (params, buffers), (x.unsqueeze(0),))
        return nn.functional.mse_loss(pred, y.unsqueeze(0))
    return compute_loss


def per_sample_grad_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    g = grad(make_loss_fn(model))
    norms = []
    for x, y in zip(xs, ys):
        grads = g(params, buffers, x, y)
        norms.append(torch.sqrt(sum(t.pow(2).sum() for t in grads.values())))
    return torch.stack(norms)


if __name__ == "__main__":
    torch.manual_seed(40)
    model = Scorer()
    xs, ys = torch.randn(6, 5, 3), torch.randn(6)
    model.train()
    scores = per_sample_grad_norms(model, xs, ys)
    print("suspicious samples", scores.topk(2).indices.tolist())
