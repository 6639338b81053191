# expect: crash
"""Clog-dance step recogniser. A class-based context manager switches the model to
eval for 'inspection' and back on exit; an input-gradient check runs inside it."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(9)


class inspection:
    def __init__(self, model):
        self.model = model

    def __enter__(self):
        self._was = self.model.training
        self.model.eval()
        return self.model

    def __exit__(self, *exc):
        self.model.train(self._was)
        return False


class StepNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 10, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.2)
        self.cls = nn.Linear(20, 5)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.cls(self.drop(h.mean(1)))


def input_grad_norm(model, x, y):
    x = x.clone().requires_grad_(True)
    loss = F.cross_entropy(model(x), y)
    loss.backward()  # TM001-here
    return x.grad.norm().item()


def main():
    model = StepNet()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    x, y = torch.randn(12, 8, 3), torch.randint(0, 5, (12,))
    for epoch in range(3):
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        with inspection(model) as m:
            gn = input_grad_norm(m, x[:4], y[:4])
        model.zero_grad()
        print(f"epoch {epoch} loss {loss.item():.3f} input-grad {gn:.4f}")


if __name__ == "__main__":
    main()
