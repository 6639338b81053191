# expect: clean
"""A runner is given the function that builds its model and calls it in `fit()`: the model it built is put in
eval mode for a quick check, then put back in train mode before it is trained: nothing crashes."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


def build_tagger():
    return Tagger()


class Runner:
    def __init__(self, build, steps):
        self.build = build
        self.steps = steps

    def fit(self):
        model = self.build()
        model.eval()
        with torch.no_grad():
            print("untrained", model(torch.randn(2, 5, 4)).sum().item())
        model.train()
        optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
        for _ in range(self.steps):
            loss = model(torch.randn(2, 5, 4)).pow(2).mean()
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        return model


torch.manual_seed(0)
Runner(build_tagger, 2).fit()
