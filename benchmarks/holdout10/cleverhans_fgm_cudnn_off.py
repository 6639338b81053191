# expect: clean
"""cleverhans.torch-style functional attacks: fast_gradient_method(model_fn, x, eps, norm)
and a PGD loop built on it, against an LSTM sequence classifier in eval mode.

The evaluation harness hands the attacks a model_fn built by functools.partial around
cudnn_off_forward, which runs the forward inside torch.backends.cudnn.flags(enabled=False),
so the input gradients never go through the cuDNN RNN kernel.
"""
import functools
import math

import torch
import torch.nn as nn


def optimize_linear(grad, eps, norm=math.inf):
    if norm == math.inf:
        return eps * grad.sign()
    flat = grad.flatten(1).norm(p=norm, dim=1).clamp_min(1e-12)
    return eps * grad / flat.view(-1, *[1] * (grad.dim() - 1))


def fast_gradient_method(model_fn, x, eps, norm, clip_min=None, clip_max=None, y=None, targeted=False):
    x = x.clone().detach().to(torch.float).requires_grad_(True)
    if y is None:
        _, y = torch.max(model_fn(x), 1)
    loss = nn.CrossEntropyLoss()(model_fn(x), y)
    if targeted:
        loss = -loss
    loss.backward()
    adv_x = x + optimize_linear(x.grad, eps, norm)
    if clip_min is not None or clip_max is not None:
        adv_x = torch.clamp(adv_x, clip_min, clip_max)
    return adv_x.detach()


def projected_gradient_descent(model_fn, x, eps, eps_iter, nb_iter, norm):
    adv_x = x
    for _ in range(nb_iter):
        adv_x = fast_gradient_method(model_fn, adv_x, eps_iter, norm)
        adv_x = x + (adv_x - x).clamp(-eps, eps)
    return adv_x


def cudnn_off_forward(model, x):
    with torch.backends.cudnn.flags(enabled=False):
        return model(x)


class ECGNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(1, 12, batch_first=True, num_layers=2)
        self.fc = nn.Linear(12, 2)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


if __name__ == "__main__":
    torch.manual_seed(32)
    model = ECGNet()
    x, y = torch.randn(8, 20, 1), torch.randint(0, 2, (8,))
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(3):
        opt.zero_grad(); nn.functional.cross_entropy(model(x), y).backward(); opt.step()
    model.eval()
    model_fn = functools.partial(cudnn_off_forward, model)
    attacks = {
        "fgm": lambda inp: fast_gradient_method(model_fn, inp, 0.1, math.inf),
        "pgd": lambda inp: projected_gradient_descent(model_fn, inp, 0.1, 0.02, 3, math.inf),
    }
    for name, attack in attacks.items():
        x_adv = attack(x)
        with torch.no_grad():
            print(name, (model(x_adv).argmax(1) == y).float().mean().item())
