# expect: crash
"""Pannier: load-balance estimates for pack-horse routes.  A sensitivity
probe takes gradients of the frozen-mode model w.r.t. one parameter."""
import torch
from torch import nn


class RouteModel(nn.Module):
    def __init__(self, vocab=12, dim=6, hidden=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.gru = nn.GRU(dim, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, tok):
        h, _ = self.gru(self.embed(tok))
        return self.head(h[:, -1]).squeeze(-1)


def sensitivity(model, tok, target, param):
    loss = nn.functional.mse_loss(model(tok), target)
    (g,) = torch.autograd.grad(loss, param)  # TM001-here
    return g.norm().item()


def main():
    torch.manual_seed(4)
    model = RouteModel()
    model.eval()
    tok = torch.randint(0, 12, (4, 5))
    target = torch.randn(4)
    s = sensitivity(model, tok, target, model.embed.weight)
    print("sensitivity", round(s, 5))


if __name__ == "__main__":
    main()
