# expect: clean
"""Sharpness probe for an apnoea GRU: power iteration on Hessian-vector products (double backward), run with
cuDNN disabled for the RNN forward."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(2, 6, batch_first=True)
        self.fc = nn.Linear(6, 2)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.fc(o[:, -1])


def top_eigenvalue(model, x, y, iters=3):
    params = [p for p in model.parameters() if p.requires_grad]
    with torch.backends.cudnn.flags(enabled=False):
        loss = F.cross_entropy(model(x), y)
    grads = torch.autograd.grad(loss, params, create_graph=True)
    v = [torch.randn_like(p) for p in params]
    eig = 0.0
    for _ in range(iters):
        norm = torch.sqrt(sum((u * u).sum() for u in v))
        v = [u / norm for u in v]
        hv = torch.autograd.grad(grads, params, grad_outputs=v, retain_graph=True)
        eig = sum((a * b).sum() for a, b in zip(hv, v)).item()
        v = [h.detach() for h in hv]
    return eig


def main():
    torch.manual_seed(22)
    model = Net().train()
    x, y = torch.randn(4, 8, 2), torch.randint(0, 2, (4,))
    print("lambda_max ~", round(top_eigenvalue(model, x, y), 5))


if __name__ == "__main__":
    main()
