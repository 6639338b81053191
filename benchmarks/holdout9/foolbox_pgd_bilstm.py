# expect: crash
"""Foolbox-style robustness evaluation: fb.PyTorchModel(model.eval(), bounds) and an L-inf PGD attack whose
value_and_grad runs through a BiLSTM."""
import torch
import torch.nn as nn


class PyTorchModel:
    def __init__(self, model, bounds, device=None, preprocessing=None):
        if model.training:
            raise ValueError("PyTorchModel expects a model in eval mode, call model.eval() first")
        self._model = model
        self.bounds = bounds
        self.preprocessing = preprocessing or {}

    def __call__(self, inputs):
        mean = self.preprocessing.get("mean", 0.0)
        return self._model(inputs - mean)


def value_and_grad(loss_fn, x):
    x = x.detach().requires_grad_()
    loss = loss_fn(x)
    (grad,) = torch.autograd.grad(loss, [x])  # TM001-here
    return loss.detach(), grad


class LinfPGD:
    def __init__(self, steps=3, rel_stepsize=0.25):
        self.steps, self.rel_stepsize = steps, rel_stepsize

    def __call__(self, fmodel, inputs, criterion, epsilons):
        loss_fn = lambda x: nn.functional.cross_entropy(fmodel(x), criterion, reduction="sum")
        lo, hi = fmodel.bounds
        x = inputs
        for _ in range(self.steps):
            _, g = value_and_grad(loss_fn, x)
            x = x + self.rel_stepsize * epsilons * g.sign()
            x = torch.clamp(torch.min(torch.max(x, inputs - epsilons), inputs + epsilons), lo, hi)
        success = fmodel(x).argmax(-1) != criterion
        return x, x, success


class SequenceNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(5, 6, batch_first=True, bidirectional=True)
        self.classifier = nn.Linear(12, 3)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.classifier(h.max(1).values)


if __name__ == "__main__":
    torch.manual_seed(0)
    model = SequenceNet().eval()
    fmodel = PyTorchModel(model, bounds=(-3, 3), preprocessing=dict(mean=0.0))
    images, labels = torch.randn(4, 8, 5), torch.randint(0, 3, (4,))
    raw, clipped, success = LinfPGD()(fmodel, images, labels, epsilons=0.3)
    print("robust accuracy", 1 - success.float().mean().item())
