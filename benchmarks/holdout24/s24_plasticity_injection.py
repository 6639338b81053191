# expect: crash
"""Plasticity injection: halfway through training the policy head of a GRU sequence model is
re-initialised (a fresh nn.Linear, which is in train mode), right after an evaluation that put
the whole model in eval. The GRU itself stays in eval."""
import torch
import torch.nn as nn


class SeqModel(nn.Module):
    def __init__(self, d=5, hidden=8, out=3):
        super().__init__()
        self.gru = nn.GRU(d, hidden, batch_first=True)
        self.head = nn.Linear(hidden, out)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.head(h[:, -1])


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(-1) == y).float().mean().item()


def inject_plasticity(model, hidden=8, out=3):
    model.head = nn.Linear(hidden, out)
    return torch.optim.Adam(model.parameters(), 1e-2)


def main():
    torch.manual_seed(2)
    model = SeqModel()
    model.train()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    x, y = torch.randn(6, 7, 5), torch.randint(0, 3, (6,))
    for step in range(4):
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        if step == 1:
            print("acc before injection", evaluate(model, x, y))
            opt = inject_plasticity(model)
            print("head training:", model.head.training, "gru training:", model.gru.training)


if __name__ == "__main__":
    main()
