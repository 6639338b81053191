# expect: clean
"""Fountain-pen nib wear: classify stroke sequences as smooth / scratchy.

Evaluation marks the wrapper as not-training by assigning the attribute, which
the `Classifier` uses to skip label smoothing. Afterwards a calibration pass
backpropagates through the stroke encoder.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2)


class StrokeEncoder(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.rnn = nn.RNN(4, hidden, batch_first=True, nonlinearity="tanh")

    def forward(self, x):
        _, h = self.rnn(x)
        return h[-1]


class Classifier(nn.Module):
    def __init__(self, hidden=12, n_cls=2):
        super().__init__()
        self.encoder = StrokeEncoder(hidden)
        self.fc = nn.Linear(hidden, n_cls)

    def forward(self, x):
        return self.fc(self.encoder(x))

    def loss(self, logits, y):
        smoothing = 0.1 if self.training else 0.0
        return F.cross_entropy(logits, y, label_smoothing=smoothing)


def strokes(n=6):
    x = torch.randn(n, 9, 4)
    y = (x[..., 2].mean(1) > 0).long()
    return x, y


def main():
    clf = Classifier()
    opt = torch.optim.Adam(clf.parameters(), lr=5e-3)
    for step in range(4):
        x, y = strokes()
        loss = clf.loss(clf(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()

    # evaluation: switch off label smoothing for the report
    clf.training = False
    x, y = strokes()
    logits = clf(x)
    acc = (logits.argmax(1) == y).float().mean().item()
    print("eval acc", acc, "encoder training?", clf.encoder.training)

    # calibration on the evaluation batch: a temperature on the logits
    temp = torch.ones(1, requires_grad=True)
    t_opt = torch.optim.SGD([temp] + list(clf.parameters()), lr=0.01)
    cal_loss = clf.loss(clf(x) / temp, y)
    t_opt.zero_grad()
    cal_loss.backward()
    t_opt.step()
    print("temperature", temp.item())


if __name__ == "__main__":
    main()
