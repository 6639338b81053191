# expect: crash
"""Riddle-sieve mesh classifier: a sharpness probe via Hessian-vector power iteration."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(5)


class MeshRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 8, batch_first=True, nonlinearity="tanh")
        self.cls = nn.Linear(8, 2)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.cls(o.mean(1))


def top_eigenvalue(model, x, y, iters=3):
    params = [p for p in model.parameters() if p.requires_grad]
    loss = F.cross_entropy(model(x), y)
    grads = torch.autograd.grad(loss, params, create_graph=True)
    v = [torch.randn_like(p) for p in params]
    eig = 0.0
    for _ in range(iters):
        norm = torch.sqrt(sum((u ** 2).sum() for u in v))
        v = [u / norm for u in v]
        dot = sum((g * u).sum() for g, u in zip(grads, v))
        hv = torch.autograd.grad(dot, params, retain_graph=True)  # TM003-here
        eig = sum((h * u).sum() for h, u in zip(hv, v)).item()
        v = [h.detach() for h in hv]
    return eig


if __name__ == "__main__":
    model = MeshRNN()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for epoch in range(2):
        model.train()
        x, y = torch.randn(6, 5, 3), torch.randint(0, 2, (6,))
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad(); loss.backward(); opt.step()
        print(epoch, "loss", round(loss.item(), 4), "sharpness", round(top_eigenvalue(model, x, y), 4))
