# expect: crash
"""A loop fires its hooks by name over a list of callbacks of two classes, each keeping the model it was given: the
one putting the model back in train mode runs at the start of each epoch, the probe evaluating it after each batch,
so from the second batch on the forward runs the LSTM in eval mode."""
import torch
import torch.nn.functional as F
from torch import nn


class Rota(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(6, 6, batch_first=True)
        self.out = nn.Linear(6, 3)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1])


class ModeKeeper:
    def __init__(self, model):
        self.model = model

    def on_epoch_start(self, state):
        self.model.train()


class Probe:
    def __init__(self, model, sample):
        self.model, self.sample = model, sample

    def on_batch_end(self, state):
        self.model.eval()
        with torch.no_grad():
            state["probe"] = self.model(self.sample).softmax(-1).max().item()


def fire(callbacks, hook, state):
    for cb in callbacks:
        fn = getattr(cb, hook, None)
        if fn is not None:
            fn(state)


def run(model, opt, batches, callbacks, epochs=2):
    state = {}
    for _ in range(epochs):
        fire(callbacks, "on_epoch_start", state)
        for x, y in batches:
            opt.zero_grad()
            F.cross_entropy(model(x), y).backward()  # TM001-here
            opt.step()
            fire(callbacks, "on_batch_end", state)


model = Rota()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
batches = [(torch.randn(4, 5, 6), torch.randint(0, 3, (4,))) for _ in range(3)]
run(model, opt, batches, [ModeKeeper(model), Probe(model, torch.randn(1, 5, 6))])
