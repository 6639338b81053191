# expect: crash
"""A loop keeps its phases as a dict of bound methods built in the constructor (`self.hooks = {"fit": ...,
"val": ...}`) and calls them by name; validation leaves the LSTM in eval mode and the next epoch's fit step
never sets train mode back."""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.out = nn.Linear(8, 3)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.out(out[:, -1])


class Loop:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=0.1)
        self.hooks = {"fit": self.fit_step, "val": self.validate}

    def fit_step(self, x, y):
        loss = nn.functional.cross_entropy(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()

    def validate(self, x, y):
        self.model.eval()
        with torch.no_grad():
            return (self.model(x).argmax(-1) == y).float().mean().item()

    def run(self, x, y, epochs=2):
        self.model.train()
        for _ in range(epochs):
            self.hooks["fit"](x, y)
            print(self.hooks["val"](x, y))


Loop(Classifier()).run(torch.randn(6, 5, 4), torch.randint(0, 3, (6,)))
