# expect: clean
"""A model zoo kept in a class attribute, filled by a classmethod decorator; create(..., for_inference=True)
hands the model back in eval mode; the script asks for a fresh one to train."""
import torch
import torch.nn as nn


class Zoo:
    _entries = {}

    @classmethod
    def add(cls, name):
        def keep(model_cls):
            cls._entries[name] = model_cls
            return model_cls
        return keep

    @classmethod
    def create(cls, name, for_inference=False):
        net = cls._entries[name]()
        return net.eval() if for_inference else net


@Zoo.add("tagger")
class LstmTagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(5, 7, batch_first=True)
        self.proj = nn.Linear(7, 2)

    def forward(self, x):
        return self.proj(self.rnn(x)[0])


tagger = Zoo.create("tagger")
opt = torch.optim.SGD(tagger.parameters(), lr=0.1)
for _ in range(2):
    loss = tagger(torch.randn(2, 4, 5)).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
print(float(loss))
