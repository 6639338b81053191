# expect: crash
"""A generator owns the model's mode: it yields training batches, puts the model in eval for a few
validation batches, and back in train only after one more training batch. The consumer is another function,
handed the generator object; its `if phase == "train"` branch runs the backward."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.out = nn.Linear(6, 2)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1])


def phases(model, train, val, rounds):
    model.train()
    for _ in range(rounds):
        for batch in train:
            yield "train", batch
        model.eval()
        for batch in val:
            yield "val", batch
        yield "train", train[0]
        model.train()


def consume(model, stream, opt):
    seen = 0
    for phase, x in stream:
        if phase == "train":
            opt.zero_grad()
            model(x).pow(2).mean().backward()  # TM001-here
            opt.step()
        else:
            with torch.no_grad():
                model(x)
        seen += 1
    return seen


model = Tagger()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
data = [torch.randn(2, 5, 3) for _ in range(3)]
stream = phases(model, data, data[:1], 2)
print(consume(model, stream, opt))
