# expect: crash
# Avalanche-style continual learning: strategy.eval() between experiences leaves the model in eval;
# the GEM-like plugin's before_training_exp backward runs before _before_training_epoch calls train().
import torch
import torch.nn as nn

from strategies import BaseStrategy, GEMLikePlugin


class SeqMLP(nn.Module):
    def __init__(self, feat=5, hidden=10, classes=4):
        super().__init__()
        self.features = nn.LSTM(feat, hidden, batch_first=True)
        self.classifier = nn.Linear(hidden, classes)

    def forward(self, x):
        return self.classifier(self.features(x)[0][:, -1])


def split_stream(n_exp):
    g = torch.Generator().manual_seed(0)
    stream = []
    for _ in range(n_exp):
        mk = lambda: (torch.randn(6, 4, 5, generator=g), torch.randint(0, 4, (6,), generator=g))
        stream.append({"train": [mk(), mk()], "test": [mk()]})
    return stream


if __name__ == "__main__":
    torch.manual_seed(0)
    model = SeqMLP()
    strategy = BaseStrategy(model, torch.optim.SGD(model.parameters(), lr=0.05), plugins=[GEMLikePlugin()])
    stream = split_stream(3)
    for i, exp in enumerate(stream):
        strategy.train(exp)
        accs = [strategy.eval(e) for e in stream[: i + 1]]
        print("after exp", i, accs)
