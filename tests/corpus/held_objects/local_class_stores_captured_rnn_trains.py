# expect: clean
"""As local_class_stores_captured_rnn, but the fine-tuning step calls `model.train()` first: the GRU the class
captured is the model's `rnn` field, so that call trains it before the forward."""
import torch
from torch import nn


def make_tagger(kind, width=6):
    rnn = {"gru": nn.GRU, "lstm": nn.LSTM}[kind](3, width, batch_first=True)

    class Tagger(nn.Module):
        def __init__(self):
            super().__init__()
            self.rnn = rnn
            self.out = nn.Linear(width, 2)

        def forward(self, x):
            return self.out(self.rnn(x)[0][:, -1])

    return Tagger()


def score(model, x):
    model.eval()
    with torch.no_grad():
        return model(x).softmax(-1)[:, 1].mean().item()


def finetune(model, x, y):
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


tagger = make_tagger("gru")
x, y = torch.randn(5, 4, 3), torch.randint(0, 2, (5,))
print(score(tagger, x))
print(finetune(tagger, x, y))
