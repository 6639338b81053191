# expect: crash
"""A model loaded for inference (eval mode) is then fine-tuned adversarially: `train_step` first
perturbs the batch with an input-gradient attack and then updates on it. With the caller's model in
eval mode the attack's backward raises first; the update's backward after it, through the same
model in the same mode, is that same bug (train() before the loop fixes both): one finding."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.out = nn.Linear(6, 2)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


def load_for_inference():
    net = Tagger()
    net.eval()
    return net


def perturb(net, x, y, eps=0.05):
    x = x.clone().requires_grad_(True)
    loss = nn.functional.cross_entropy(net(x), y)
    grad, = torch.autograd.grad(loss, x)  # TM001-here
    return (x + eps * grad.sign()).detach()


def train_step(net, opt, x, y):
    x_adv = perturb(net, x, y)
    loss = nn.functional.cross_entropy(net(x_adv), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


model = load_for_inference()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(3):
    x, y = torch.randn(4, 5, 3), torch.randint(0, 2, (4,))
    print(step, train_step(model, opt, x, y))
