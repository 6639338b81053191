# expect: crash
"""Two copies of a tagger; weights are swapped with load_state_dict; the polish step rebinds the name to the best object."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(5, 8, batch_first=True)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        return self.fc(self.rnn(x)[0])


def accuracy(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(-1) == y).float().mean().item()


torch.manual_seed(6)
x, y = torch.randn(4, 6, 5), torch.randint(0, 3, (4, 6))
best, live = Tagger(), Tagger()
opt = torch.optim.SGD(live.parameters(), lr=0.5)
best_acc = accuracy(best, x, y)
for rnd in range(3):
    live.train()
    opt.zero_grad()
    nn.functional.cross_entropy(live(x).transpose(1, 2), y).backward()
    opt.step()
    acc = accuracy(live, x, y)
    if acc >= best_acc:
        best.load_state_dict(live.state_dict())
        best_acc = acc
    else:
        live.load_state_dict(best.state_dict())
print("best acc", best_acc)
# polish the best model a little more
live.train()
live = best
opt2 = torch.optim.SGD(live.parameters(), lr=0.1)
opt2.zero_grad()
nn.functional.cross_entropy(live(x).transpose(1, 2), y).backward()  # TM001-here
opt2.step()
print("done")
