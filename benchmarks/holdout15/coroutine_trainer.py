# expect: clean
"""Training and evaluation driven by generator-based coroutines: `trainer()` and
`evaluator()` are primed once and then fed batches with `.send()`. The eval
coroutine switches the shared model to eval mode on every batch; the train
coroutine sets train mode on every batch before its forward.
"""
import torch
import torch.nn as nn


def coroutine(fn):
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return start


@coroutine
def trainer(model, opt):
    loss = None
    while True:
        x, y = yield loss
        model.train()
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
        loss = loss.item()


@coroutine
def evaluator(model):
    acc = None
    while True:
        x, y = yield acc
        model.eval()
        with torch.no_grad():
            acc = (model(x).argmax(-1) == y).float().mean().item()


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(3, 8, batch_first=True, num_layers=2, dropout=0.2)
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        return self.fc(self.rnn(x)[0].mean(1))


torch.manual_seed(0)
model = Classifier()
train_co = trainer(model, torch.optim.Adam(model.parameters(), lr=1e-2))
eval_co = evaluator(model)
for step in range(6):
    batch = (torch.randn(5, 7, 3), torch.randint(0, 4, (5,)))
    print("loss", train_co.send(batch))
    if step % 2 == 1:
        print("acc", eval_co.send(batch))
