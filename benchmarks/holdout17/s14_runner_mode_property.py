# expect: crash
"""A Runner whose `mode` property setter switches the model; fine-tuning after a validation pass."""
import torch
import torch.nn as nn

torch.manual_seed(7)


class Runner:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr)
        self._mode = "train"

    @property
    def mode(self):
        return self._mode

    @mode.setter
    def mode(self, value):
        assert value in ("train", "eval")
        self._mode = value
        self.model.train(value == "train")

    def fit_step(self, x, y):
        self.opt.zero_grad()
        loss = nn.functional.mse_loss(self.model(x)[0][:, -1], y)
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def validate(self, x, y):
        self.mode = "eval"
        with torch.no_grad():
            return nn.functional.mse_loss(self.model(x)[0][:, -1], y).item()


runner = Runner(nn.RNN(3, 3, batch_first=True))
for epoch in range(2):
    for _ in range(2):
        runner.fit_step(torch.randn(4, 5, 3), torch.randn(4, 3))
    print(epoch, runner.validate(torch.randn(4, 5, 3), torch.randn(4, 3)))
print("done")
