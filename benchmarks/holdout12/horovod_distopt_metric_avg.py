# expect: crash
"""Horovod pytorch_mnist.py shape with a stub `hvd` namespace (size 1): DistributedOptimizer wraps the optimizer and
hooks gradients; train(epoch) and test() are module functions sharing a global `model`; test() switches to eval
and train() only calls model.train() on the first epoch (the `if epoch == 1` warm-up branch)."""
import types

import torch
import torch.nn as nn
import torch.nn.functional as F


def _make_hvd():
    hvd = types.SimpleNamespace()
    hvd.init = lambda: None
    hvd.size = lambda: 1
    hvd.rank = lambda: 0

    class DistributedOptimizer(torch.optim.Optimizer):
        def __init__(self, optimizer, named_parameters=None, compression=None, op=None):
            self.__dict__.update(optimizer.__dict__)
            self._opt = optimizer
            self._handles = {}
            for name, p in (named_parameters or []):
                if p.requires_grad:
                    p.register_post_accumulate_grad_hook(self._make_hook(name))

        def _make_hook(self, name):
            def hook(p):
                self._handles[name] = p.grad.div_(hvd.size())
            return hook

        def step(self, closure=None):
            self._handles.clear()
            return self._opt.step(closure)

        def zero_grad(self, set_to_none=True):
            return self._opt.zero_grad(set_to_none)

    hvd.DistributedOptimizer = DistributedOptimizer
    hvd.broadcast_parameters = lambda state, root_rank=0: None
    hvd.broadcast_optimizer_state = lambda opt, root_rank=0: None
    hvd.allreduce = lambda t, name=None: t
    return hvd


hvd = _make_hvd()


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(28, 16, batch_first=True)
        self.fc = nn.Linear(16, 10)

    def forward(self, x):
        return F.log_softmax(self.fc(self.rnn(x)[0][:, -1]), dim=1)


def metric_average(val, name):
    return hvd.allreduce(torch.tensor(val), name=name).item()


def train(epoch):
    if epoch == 1:
        model.train()
    for batch_idx, (data, target) in enumerate(train_loader):
        optimizer.zero_grad()
        loss = F.nll_loss(model(data), target)
        loss.backward()  # TM001-here
        optimizer.step()
    print(f"Train Epoch: {epoch} loss {loss.item():.4f}")


def test():
    model.eval()
    test_loss, test_accuracy = 0., 0.
    for data, target in test_loader:
        output = model(data)
        test_loss += F.nll_loss(output, target, reduction="sum").item()
        test_accuracy += output.argmax(1).eq(target).float().sum().item()
    test_loss = metric_average(test_loss / 8, "avg_loss")
    print(f"Test set: Average loss: {test_loss:.4f}, Accuracy: {test_accuracy / 8:.2f}")


hvd.init()
torch.manual_seed(42)
train_loader = [(torch.randn(4, 28, 28), torch.randint(0, 10, (4,))) for _ in range(2)]
test_loader = [(torch.randn(4, 28, 28), torch.randint(0, 10, (4,))) for _ in range(2)]
model = Net()
optimizer = torch.optim.SGD(model.parameters(), lr=0.01 * hvd.size(), momentum=0.5)
hvd.broadcast_parameters(model.state_dict(), root_rank=0)
hvd.broadcast_optimizer_state(optimizer, root_rank=0)
optimizer = hvd.DistributedOptimizer(optimizer, named_parameters=model.named_parameters())
for epoch in range(1, 3):
    train(epoch)
    with torch.no_grad():
        test()
