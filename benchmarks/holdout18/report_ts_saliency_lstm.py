# expect: crash
"""Rebuilt from the shape of meta-pytorch/captum#1159: an LSTM time-series classifier is trained, put in
eval() for the interpretability benchmark, and input gradients are then taken (here by hand, not with captum)."""
import torch
import torch.nn as nn


class LSTMClassifier(nn.Module):
    def __init__(self, n_feat=3, hidden=8, n_cls=2):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, n_cls)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


def saliency(model, inputs, target):
    inputs = inputs.clone().requires_grad_(True)
    out = model(inputs)[torch.arange(len(target)), target]
    grads = torch.autograd.grad(torch.unbind(out), inputs)  # TM001-here
    return grads[0].abs()


def main():
    torch.manual_seed(41)
    x, y = torch.randn(6, 10, 3), torch.randint(0, 2, (6,))
    model = LSTMClassifier()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(3):
        opt.zero_grad()
        nn.functional.cross_entropy(model(x), y).backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        acc = (model(x).argmax(-1) == y).float().mean().item()
    print("accuracy", acc)
    sal = saliency(model, x, y)
    print("most salient timestep", sal.sum(-1).mean(0).argmax().item())


if __name__ == "__main__":
    main()
