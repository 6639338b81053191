# expect: crash
"""A trainer whose hooks default to `(report_accuracy,)` in its constructor's signature: nobody passes hooks,
so the default runs after every epoch, and it leaves the model in eval mode for the next epoch."""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(4, 6, batch_first=True)
        self.fc = nn.Linear(6, 3)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


def report_accuracy(model, batch):
    model.eval()
    with torch.no_grad():
        x, y = batch
        print("acc", float((model(x).argmax(-1) == y).float().mean()))


class Trainer:
    def __init__(self, model, epochs=3, hooks=(report_accuracy,)):
        self.model, self.epochs, self.hooks = model, epochs, hooks
        self.optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

    def fit(self, batch):
        self.model.train()
        for _ in range(self.epochs):
            x, y = batch
            loss = nn.functional.cross_entropy(self.model(x), y)
            self.optimizer.zero_grad()
            loss.backward()  # TM001-here
            self.optimizer.step()
            for hook in self.hooks:
                hook(self.model, batch)


Trainer(Classifier()).fit((torch.randn(4, 5, 4), torch.randint(0, 3, (4,))))
