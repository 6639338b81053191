# expect: crash
# category: wrappers
"""Time-series interpretability benchmark: train, keep the best model, then hand-written Saliency per sample."""
import copy

import torch
from torch import nn

torch.manual_seed(23)
T, F, CLASSES = 12, 4, 2


class BiGRUClassifier(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.rnn = nn.GRU(F, hidden, num_layers=2, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, CLASSES)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1])


def make_middle_box(n):
    x = torch.randn(n, T, F) * 0.5
    y = torch.randint(0, CLASSES, (n,))
    x[y == 1, T // 3:2 * T // 3, :2] += 1.5  # signal lives in the middle box
    return x, y


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(1) == y).float().mean().item() * 100


def saliency(model, sample, target):
    sample = sample.clone().requires_grad_(True)
    score = model(sample)[0, target]
    score.backward()  # TM001-here
    return sample.grad.abs().squeeze(0)


x_train, y_train = make_middle_box(32)
x_test, y_test = make_middle_box(8)
model = BiGRUClassifier()
opt = torch.optim.Adam(model.parameters(), lr=5e-3)
best_acc, best_state = -1, None
for epoch in range(3):
    model.train()
    opt.zero_grad()
    nn.functional.cross_entropy(model(x_train), y_train).backward()
    opt.step()
    acc = evaluate(model, x_test, y_test)
    if acc > best_acc:
        best_acc, best_state = acc, copy.deepcopy(model.state_dict())
model.load_state_dict(best_state)
print(f"Middle_Box GRU model BestAcc {best_acc:.4f}")

maps = [saliency(model, x_test[i:i + 1], int(y_test[i])) for i in range(len(x_test))]
box_mass = torch.stack(maps)[:, T // 3:2 * T // 3].sum() / torch.stack(maps).sum()
print(f"fraction of saliency inside the box: {box_mass:.2f}")
