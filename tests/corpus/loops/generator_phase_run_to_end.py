# expect: clean
"""A generator owns the evaluation phase (`eval()`, yield, `train()`); the `for` loop over it runs it to its
end, so `train()` has run when the epoch's extra fine-tuning step back-propagates."""
import torch
import torch.nn as nn


class Segmenter(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(5, 6, batch_first=True)
        self.out = nn.Linear(6, 3)

    def forward(self, x):
        return self.out(self.rnn(x)[0])


def evaluation_phase(model):
    model.eval()
    yield model
    model.train()


def loss_of(model, x, y):
    return nn.functional.cross_entropy(model(x).reshape(-1, 3), y.reshape(-1))


def main():
    torch.manual_seed(3)
    model = Segmenter()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(3, 8, 5), torch.randint(0, 3, (3, 8))
    for epoch in range(2):
        for evaluated in evaluation_phase(model):
            with torch.no_grad():
                val = loss_of(evaluated, x, y)
        extra = loss_of(model, x[:1], y[:1])
        opt.zero_grad()
        extra.backward()
        opt.step()
        print(epoch, round(val.item(), 4), round(extra.item(), 4))


if __name__ == "__main__":
    main()
