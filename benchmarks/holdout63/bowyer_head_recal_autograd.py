# expect: clean
"""Bowyer stave grading: recalibrate only the output layer of a trained draw-curve model.

The recurrent body is kept in eval mode (deterministic features); only the head
is updated on the new workshop's staves.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(7)


class DrawCurveNet(nn.Module):
    def __init__(self, hidden=8, classes=3):
        super().__init__()
        self.body = nn.GRU(1, hidden, num_layers=2, dropout=0.25, batch_first=True)
        self.head = nn.Linear(hidden, classes)

    def forward(self, curve):
        h, _ = self.body(curve.unsqueeze(-1))
        return self.head(h[:, -1])


def recalibrate(model, staves, labels, steps=5, lr=0.1):
    model.eval()
    head_params = list(model.head.parameters())
    for s in range(steps):
        loss = F.cross_entropy(model(staves), labels)
        grads = torch.autograd.grad(loss, head_params)
        with torch.no_grad():
            for p, g in zip(head_params, grads):
                p -= lr * g
    return loss.item()


def main():
    model = DrawCurveNet()
    staves = torch.cumsum(torch.rand(8, 12), dim=1)
    labels = torch.randint(0, 3, (8,))
    print("recalibrated loss", round(recalibrate(model, staves, labels), 4))


if __name__ == "__main__":
    main()
