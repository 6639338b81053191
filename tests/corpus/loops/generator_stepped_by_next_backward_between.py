# expect: crash
"""A generator owns the evaluation phase (`eval()`, yield, `train()`) and the loop steps it by hand: `next(phase)`
enters it, `next(phase, None)` runs it to its end. The hard-example refit runs between the two, in eval mode."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(5, 6, batch_first=True)
        self.out = nn.Linear(6, 3)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h)


def scoring_phase(model):
    model.eval()
    yield
    model.train()


def step(model, opt, x, y):
    loss = nn.functional.cross_entropy(model(x).reshape(-1, 3), y.reshape(-1))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def main():
    torch.manual_seed(0)
    model = Tagger()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(4, 7, 5), torch.randint(0, 3, (4, 7))
    for epoch in range(2):
        step(model, opt, x, y)
        phase = scoring_phase(model)
        next(phase)
        with torch.no_grad():
            scores = model(x).softmax(-1).amax(-1).mean(-1)
        hard = scores.argsort()[:2]
        step(model, opt, x[hard], y[hard])
        next(phase, None)
    print("done")


if __name__ == "__main__":
    main()
