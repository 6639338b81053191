# expect: clean
"""A model zoo object builds models by name and hands them out ready for inference (`net.eval()`);
the script puts what `zoo.load()` returned back in training mode before fine-tuning it."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, cell):
        super().__init__()
        self.rnn = cell(6, 10, batch_first=True, bidirectional=True)
        self.out = nn.Linear(20, 4)

    def forward(self, x):
        states, _ = self.rnn(x)
        return self.out(states)


class ModelZoo:
    def __init__(self):
        self.loaded = {}

    def load(self, name):
        net = Tagger(nn.GRU if name == "gru" else nn.LSTM)
        self.loaded[name] = net
        return net.eval()


zoo = ModelZoo()
model = zoo.load("gru")
model.train()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
x, y = torch.randn(3, 7, 6), torch.randint(0, 4, (3, 7))
for step in range(2):
    loss = nn.functional.cross_entropy(model(x).reshape(-1, 4), y.reshape(-1))
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
