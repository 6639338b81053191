# expect: crash
# Adversarial training with FGSM: the attack is generated inside an `eval_mode` context manager (to freeze
# dropout), which correctly restores the mode afterwards -- but the input-gradient backward happens inside it.
import contextlib
import torch
import torch.nn as nn


@contextlib.contextmanager
def eval_mode(*modules):
    states = [m.training for m in modules]
    for m in modules:
        m.eval()
    try:
        yield
    finally:
        for m, s in zip(modules, states):
            m.train(s)


class ECGNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(1, 12, num_layers=2, dropout=0.2, batch_first=True)
        self.fc = nn.Linear(12, 3)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


def fgsm(model, x, y, eps=0.05):
    with eval_mode(model):
        x_adv = x.clone().requires_grad_(True)
        loss = nn.functional.cross_entropy(model(x_adv), y)
        loss.backward()  # TM001-here
        return (x + eps * x_adv.grad.sign()).detach()


torch.manual_seed(0)
net = ECGNet()
opt = torch.optim.Adam(net.parameters(), 1e-3)
x, y = torch.randn(4, 20, 1), torch.randint(0, 3, (4,))
for step in range(2):
    xa = fgsm(net, x, y)
    loss = nn.functional.cross_entropy(net(torch.cat([x, xa])), torch.cat([y, y]))
    opt.zero_grad()
    loss.backward()
    opt.step()
print("done")
