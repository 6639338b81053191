# expect: crash
# Second-order MAML written with plain autograd: the inner step keeps the graph (create_graph=True) and the
# query loss is backpropagated through it -- a double backward through a cuDNN LSTM, in train mode.
import torch
import torch.nn as nn
from torch.func import functional_call


class Learner(nn.Module):
    def __init__(self, n_way=3):
        super().__init__()
        self.encoder = nn.LSTM(4, 12, batch_first=True)
        self.classifier = nn.Linear(12, n_way)

    def forward(self, x):
        return self.classifier(self.encoder(x)[0][:, -1])


def task_batch(n_way=3, shots=2, T=5):
    xs = torch.randn(n_way * shots, T, 4)
    ys = torch.arange(n_way).repeat_interleave(shots)
    return xs, ys


class MAML:
    def __init__(self, model, inner_lr=0.4, outer_lr=1e-3):
        self.model, self.inner_lr = model, inner_lr
        self.opt = torch.optim.Adam(model.parameters(), outer_lr)

    def fast_weights(self, xs, ys):
        params = dict(self.model.named_parameters())
        loss = nn.functional.cross_entropy(functional_call(self.model, params, (xs,)), ys)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
        return {k: w - self.inner_lr * g for (k, w), g in zip(params.items(), grads)}

    def outer_step(self, tasks):
        self.opt.zero_grad()
        total = 0.0
        for (xs, ys), (xq, yq) in tasks:
            fast = self.fast_weights(xs, ys)
            total = total + nn.functional.cross_entropy(functional_call(self.model, fast, (xq,)), yq)
        (total / len(tasks)).backward()  # TM003-here
        self.opt.step()
        return total.item()


torch.manual_seed(0)
maml = MAML(Learner())
for it in range(2):
    print(it, maml.outer_step([(task_batch(), task_batch()) for _ in range(2)]))
print("done")
