# expect: clean
"""Millers' grist rates: forecast flour output from stone speed and moisture.

Same hook layout as a quench-log trainer, but the subclass's validation hook
puts the model back with `train(was_training)` before returning.
"""
import torch
import torch.nn as nn


class GristNet(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.LSTM(2, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h).squeeze(-1)


class Loop:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=0.05)

    def on_validation_end(self, score):
        pass

    def validate(self, x, y):
        was_training = self.model.training
        self.model.eval()
        with torch.no_grad():
            score = (self.model(x) - y).abs().mean().item()
        self.model.train(was_training)
        self.on_validation_end(score)
        return score

    def run(self, data, val, epochs=3):
        self.model.train()
        for _ in range(epochs):
            for x, y in data:
                self.opt.zero_grad()
                loss = ((self.model(x) - y) ** 2).mean()
                loss.backward()
                self.opt.step()
            self.validate(*val)


class LoggingLoop(Loop):
    def __init__(self, model):
        super().__init__(model)
        self.scores = []

    def on_validation_end(self, score):
        self.scores.append(score)
        print(f"val mae {score:.4f} (training={self.model.training})")


if __name__ == "__main__":
    torch.manual_seed(1)
    data = []
    for _ in range(3):
        x = torch.randn(3, 5, 2)
        data.append((x, x.cumsum(1)[..., 1]))
    vx = torch.randn(2, 5, 2)
    loop = LoggingLoop(GristNet())
    loop.run(data, (vx, vx.cumsum(1)[..., 1]))
    print("scores", loop.scores)
