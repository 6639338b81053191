# expect: clean
"""Falconry telemetry: dive-phase classifier with an input-gradient penalty checked on a held-out flight."""
import torch
from torch import nn

torch.manual_seed(2)


class DiveNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(4, 8, batch_first=True)
        self.cls = nn.Linear(8, 3)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(h[:, -1])


def input_gradient_norm(model, x, y):
    was_training = model.training
    model.train()
    x = x.clone().requires_grad_(True)
    loss = nn.functional.cross_entropy(model(x), y)
    (g,) = torch.autograd.grad(loss, x)
    model.train(was_training)
    return g.norm().item()


def run():
    model = DiveNet()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for _ in range(5):
        x, y = torch.randn(6, 9, 4), torch.randint(0, 3, (6,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    held_x, held_y = torch.randn(3, 9, 4), torch.randint(0, 3, (3,))
    with torch.no_grad():
        acc = (model(held_x).argmax(-1) == held_y).float().mean().item()
    print("held-out acc", acc, "input-grad norm", input_gradient_norm(model, held_x, held_y))


run()
