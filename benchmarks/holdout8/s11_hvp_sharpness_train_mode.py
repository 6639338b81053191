# expect: crash
# Sharpness estimate by power iteration on Hessian-vector products (create_graph=True, then a second
# backward through the gradient); model in train mode, cuDNN left on -> double backward through the LSTM.
import torch
import torch.nn as nn
import torch.nn.functional as F


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.seq_encoder = nn.LSTM(4, 8, batch_first=True)
        self.cls = nn.Linear(8, 3)

    def forward(self, x):
        return self.cls(self.seq_encoder(x)[0][:, -1])


def hvp(loss_fn, params, vec):
    loss = loss_fn()
    grads = torch.autograd.grad(loss, params, create_graph=True)
    dot = sum((g * v).sum() for g, v in zip(grads, vec))
    return torch.autograd.grad(dot, params)  # TM003-here


def top_eigenvalue(model, x, y, iters=3):
    params = [p for p in model.parameters() if p.requires_grad]
    v = [torch.randn_like(p) for p in params]
    eig = 0.0
    for _ in range(iters):
        norm = torch.sqrt(sum((t ** 2).sum() for t in v))
        v = [t / norm for t in v]
        hv = hvp(lambda: F.cross_entropy(model(x), y), params, v)
        eig = sum((a * b).sum() for a, b in zip(hv, v)).item()
        v = [t.detach() for t in hv]
    return eig


if __name__ == "__main__":
    torch.manual_seed(0)
    model = Model()
    model.train()
    x, y = torch.randn(6, 5, 4), torch.randint(0, 3, (6,))
    print("lambda_max ~", round(top_eigenvalue(model, x, y), 4))
