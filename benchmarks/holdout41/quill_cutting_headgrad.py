# expect: crash
"""Quill-cutting nib angle: after evaluation, a gradient-norm probe per parameter group."""
import torch
from torch import nn


class NibNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.head = nn.Linear(8, 5)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


def evaluate(model, x, y):
    model.eval()
    logits = model(x)
    loss = nn.functional.cross_entropy(logits, y)
    acc = (logits.argmax(-1) == y).float().mean().item()
    return loss, acc


if __name__ == "__main__":
    torch.manual_seed(18)
    model = NibNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(5):
        model.train()
        x, y = torch.randn(6, 7, 3), torch.randint(0, 5, (6,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    val_loss, acc = evaluate(model, torch.randn(6, 7, 3), torch.randint(0, 5, (6,)))
    groups = {"head": list(model.head.parameters()), "recurrent": [model.lstm.weight_hh_l0]}
    names = list(groups)
    grads = torch.autograd.grad(val_loss, [p for n in names for p in groups[n]])  # TM001-here
    print("acc", acc, "grad norms", [g.norm().item() for g in grads])
