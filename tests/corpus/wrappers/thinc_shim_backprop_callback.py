# expect: crash
"""A thinc-style PyTorch shim: predict() puts the wrapped model in eval mode, begin_update() runs the forward and
hands back a `backprop` closure; the first training batch's backprop(dY) calls Y.backward(dY) in eval mode."""
import torch
import torch.nn as nn


class BiLSTMEncoder(nn.Module):
    def __init__(self, width=4, hidden=4):
        super().__init__()
        self.lstm = nn.LSTM(width, hidden, batch_first=True, bidirectional=True)

    def forward(self, X):
        return self.lstm(X)[0]


class PyTorchShim:
    def __init__(self, model):
        self.model = model
        self._optimizer = torch.optim.SGD(model.parameters(), lr=0.05)

    def predict(self, X):
        self.model.eval()
        with torch.no_grad():
            return self.model(X)

    def begin_update(self, X):
        Y = self.model(X)

        def backprop(dY):
            Y.backward(dY)  # TM001-here
            return None

        return Y.detach(), backprop

    def finish_update(self):
        self._optimizer.step()
        self._optimizer.zero_grad()


torch.manual_seed(0)
shim = PyTorchShim(BiLSTMEncoder())
X_dev = torch.randn(2, 5, 4)
print("before training:", shim.predict(X_dev).abs().mean().item())
for i in range(3):
    X = torch.randn(3, 5, 4)
    target = torch.randn(3, 5, 8)
    Y, backprop = shim.begin_update(X)
    dY = 2 * (Y - target) / Y.numel()
    backprop(dY)
    shim.finish_update()
    print(i, ((Y - target) ** 2).mean().item())
