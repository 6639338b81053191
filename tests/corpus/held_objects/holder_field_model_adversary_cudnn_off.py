# expect: clean
"""Sluice monitoring robustness probe: a plain bundle object keeps the model and its optimiser; a hardening task reaches the model
as `self.bundle.model` and takes input gradients for adversarial examples. The model came from the serving loader
(eval mode, kept for the probe); the input gradient is taken with cuDNN off, which runs the RNN's backward in eval
mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class SluiceNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1]).squeeze(-1)


def serving_model():
    net = SluiceNet()
    return net.eval()


class Bundle:
    def __init__(self, model, optimizer):
        self.model = model
        self.optimizer = optimizer


class RobustnessProbe:
    def __init__(self, bundle, eps=0.1):
        self.bundle = bundle
        self.eps = eps

    def _adversary(self, x, y):
        x = x.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            loss = F.mse_loss(self.bundle.model(x), y)
        (grad,) = torch.autograd.grad(loss, x)
        return (x + self.eps * grad.sign()).detach()

    def probe(self, batches):
        errors = []
        for x, y in batches:
            x_adv = self._adversary(x, y)
            with torch.no_grad():
                errors.append(F.mse_loss(self.bundle.model(x_adv), y).item())
        return sum(errors) / len(errors)


if __name__ == "__main__":
    torch.manual_seed(2)
    model = serving_model()
    bundle = Bundle(model, torch.optim.SGD(model.parameters(), lr=0.01))
    print(RobustnessProbe(bundle).probe([(torch.randn(4, 5, 3), torch.randn(4)) for _ in range(2)]))
