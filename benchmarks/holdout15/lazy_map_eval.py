# expect: clean
"""Snapshot of a real slip that happens to be harmless: `map(lambda m: m.eval(),
models)` is lazy in Python 3 and the iterator is never consumed, so the models
are never switched to eval mode and the subsequent training step runs in train
mode. (The "evaluation" numbers are therefore computed in train mode.)
"""
import torch
import torch.nn as nn

torch.manual_seed(0)


class Wrap(nn.Module):
    def __init__(self, rnn):
        super().__init__()
        self.rnn = rnn
        self.fc = nn.Linear(rnn.hidden_size, 2)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


models = {"gru": Wrap(nn.GRU(3, 7, batch_first=True)), "lstm": Wrap(nn.LSTM(3, 7, batch_first=True))}
x, y = torch.randn(8, 6, 3), torch.randint(0, 2, (8,))

map(lambda m: m.eval(), models.values())
with torch.no_grad():
    for name, m in models.items():
        print(name, "acc", (m(x).argmax(-1) == y).float().mean().item())

for name, m in models.items():
    opt = torch.optim.SGD(m.parameters(), lr=0.1)
    opt.zero_grad()
    nn.functional.cross_entropy(m(x), y).backward()
    opt.step()
print("trained")
