# expect: crash
"""Saliency over a sensor log: `DriftNet(stepwise=False)` builds an nn.GRU (the constructor picks
nn.GRUCell only when asked to step by hand). The model is put in eval mode for the saliency pass
and the gradient of the score with respect to the input runs the GRU's backward: cuDNN refuses."""
import torch
import torch.nn as nn


class DriftNet(nn.Module):
    def __init__(self, sensors=3, width=8, stepwise=False):
        super().__init__()
        self.stepwise = stepwise
        self.width = width
        if stepwise:
            self.rnn = nn.GRUCell(sensors, width)
        else:
            self.rnn = nn.GRU(sensors, width, batch_first=True)
        self.score = nn.Linear(width, 1)

    def forward(self, log):
        if not self.stepwise:
            states, _ = self.rnn(log)
            return self.score(states[:, -1])
        h = log.new_zeros(log.size(0), self.width)
        for t in range(log.size(1)):
            h = self.rnn(log[:, t], h)
        return self.score(h)


def saliency(model, log):
    model.eval()
    log = log.clone().requires_grad_(True)
    score = model(log).sum()
    (grad,) = torch.autograd.grad(score, log)  # TM001-here
    return grad.abs().sum(-1)


if __name__ == "__main__":
    torch.manual_seed(8)
    net = DriftNet(stepwise=False)
    print(saliency(net, torch.randn(2, 12, 3)).argmax(-1).tolist())
