# expect: crash
"""Jacobian regularisation (input-output Frobenius norm) for a GRU classifier.

The Jacobian term is computed with dropout switched off so the penalty is deterministic.
"""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, d_in=4, hidden=8, n_cls=3):
        super().__init__()
        self.drop = nn.Dropout(0.2)
        self.gru = nn.GRU(d_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.gru(self.drop(x))
        return self.fc(h[:, -1])


def jacobian_penalty(model, x, n_proj=1):
    was = model.training
    model.eval()
    x = x.clone().requires_grad_(True)
    out = model(x)
    pen = 0.0
    for _ in range(n_proj):
        v = torch.randn_like(out)
        v = v / v.norm(dim=-1, keepdim=True)
        (jv,) = torch.autograd.grad(out, x, grad_outputs=v, create_graph=True)  # TM001-here
        pen = pen + jv.pow(2).sum() / x.shape[0]
    model.train(was)
    return pen / n_proj


def main():
    torch.manual_seed(0)
    model = Classifier()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    x, y = torch.randn(4, 6, 4), torch.randint(0, 3, (4,))
    for step in range(2):
        model.train()
        ce = nn.functional.cross_entropy(model(x), y)
        loss = ce + 0.01 * jacobian_penalty(model, x)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, loss.item())


if __name__ == "__main__":
    main()
