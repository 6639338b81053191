# expect: clean
"""Saliency maps for a handwriting-stroke classifier that unrolls nn.LSTMCell by hand, computed in eval mode
with input gradients (cell modules never go through the cuDNN RNN kernels)."""
import torch
import torch.nn as nn


class StrokeNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.cell = nn.LSTMCell(3, hidden)
        self.drop = nn.Dropout(0.2)
        self.cls = nn.Linear(hidden, 5)

    def forward(self, strokes):
        h = c = strokes.new_zeros(strokes.shape[0], self.cell.hidden_size)
        for t in range(strokes.shape[1]):
            h, c = self.cell(strokes[:, t], (h, c))
        return self.cls(self.drop(h))


def saliency(model, x, target):
    model.eval()
    x = x.clone().requires_grad_(True)
    model(x).gather(1, target[:, None]).sum().backward()
    return x.grad.abs().amax(-1)


if __name__ == "__main__":
    torch.manual_seed(0)
    net = StrokeNet()
    strokes = torch.randn(3, 9, 3)
    print(saliency(net, strokes, torch.tensor([0, 1, 2])))
