# expect: clean
"""Core-sample lithology tagger with a gradient saliency explainer built around the model."""
import torch
import torch.nn as nn


class CoreTagger(nn.Module):
    def __init__(self, n_in=5, hidden=8, n_cls=4):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h.mean(1))


class SaliencyExplainer:
    def __init__(self, model):
        self.model = model
        self.model.training = False  # flag on the wrapper only

    def explain(self, x, target):
        x = x.clone().requires_grad_(True)
        score = self.model(x).gather(1, target[:, None]).sum()
        score.backward()
        return (x.grad * x).abs().sum(-1)


def main():
    torch.manual_seed(1)
    model = CoreTagger()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(6, 7, 5), torch.randint(0, 4, (6,))
    for _ in range(3):
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    explainer = SaliencyExplainer(model)
    print(explainer.explain(x[:2], y[:2]).shape)


if __name__ == "__main__":
    main()
