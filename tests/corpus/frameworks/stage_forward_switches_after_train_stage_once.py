# expect: crash
"""A speechbrain-style Brain: `compute_forward(batch, stage)` puts the model in eval mode and runs it without grad
for the validation stage, and runs it as the caller left it for the training stage. `fit()` puts the model in train
mode once, before its epochs: the second epoch's training forward runs in the eval mode the validation left."""
import torch
from torch import nn
from torch.nn import functional as F

TRAIN, VALID = "train", "valid"


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.out = nn.Linear(6, 2)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


class Brain:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=0.1)

    def compute_forward(self, x, stage):
        if stage == VALID:
            self.model.eval()
            with torch.no_grad():
                return self.model(x)
        return self.model(x)

    def fit(self, batches, epochs=2):
        self.model.train()
        for _ in range(epochs):
            for x, y in batches:
                loss = F.cross_entropy(self.compute_forward(x, TRAIN), y)
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()
            for x, y in batches:
                F.cross_entropy(self.compute_forward(x, VALID), y)


if __name__ == "__main__":
    data = [(torch.randn(4, 5, 3), torch.randint(0, 2, (4,))) for _ in range(2)]
    Brain(Tagger()).fit(data)
