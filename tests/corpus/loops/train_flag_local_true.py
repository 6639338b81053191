# expect: clean
"""The training switch is a local flag: `model.train(training)` with `training = False` left from a
debugging session is set to True again: training mode."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 6, batch_first=True)
        self.out = nn.Linear(6, 3)

    def forward(self, x):
        return self.out(self.rnn(x)[0])


def main():
    torch.manual_seed(2)
    model = Tagger()
    training = True  # flip to False to debug
    model.train(training)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(3, 5, 4), torch.randint(0, 3, (3, 5))
    for step in range(2):
        loss = nn.functional.cross_entropy(model(x).reshape(-1, 3), y.reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
