# expect: clean
"""Cooper's stave bending: fine-tune a bidirectional LSTM after a quick validation pass.

Validation marks the wrapper as not training (a flag the logger reads), then the
fine-tuning loop goes straight on with the same model.
"""
import torch
import torch.nn as nn

torch.manual_seed(4)


class StaveModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Linear(3, 6)
        self.rnn = nn.LSTM(6, 8, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(16, 2)

    def forward(self, x):
        o, _ = self.rnn(self.embed(x))
        return self.head(self.drop(o.mean(1)))


def validate(model, batches):
    model.training = False
    tot = 0.0
    with torch.no_grad():
        for x, y in batches:
            tot += nn.functional.cross_entropy(model(x), y).item()
    return tot / len(batches)


def data(n):
    return [(torch.randn(4, 5, 3), torch.randint(0, 2, (4,))) for _ in range(n)]


model = StaveModel()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
print("val before", round(validate(model, data(2)), 4), "flag", model.training)
for x, y in data(3):
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("val after", round(validate(model, data(2)), 4))
