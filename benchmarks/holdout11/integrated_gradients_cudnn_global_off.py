# expect: clean
# Integrated gradients on an eval-mode "brain" (an agent's recurrent encoder, reached as brain.modules.enc),
# written by hand after captum#1159's workaround: cuDNN is disabled globally at the top of the script, so the
# eval-mode backward never reaches a cuDNN RNN kernel.
import types
import torch
import torch.nn as nn

torch.backends.cudnn.enabled = False


class Brain(nn.Module):
    def __init__(self):
        super().__init__()
        self.modules_ = nn.ModuleDict({"enc": nn.LSTM(5, 10, batch_first=True), "pi": nn.Linear(10, 4)})

    @property
    def modules(self):  # attribute-style access used by the agent code: brain.modules.enc
        return types.SimpleNamespace(**dict(self.modules_.items()))

    def forward(self, obs):
        return self.modules.pi(self.modules.enc(obs)[0][:, -1])


def integrated_gradients(model, x, target, baseline=None, steps=8):
    baseline = torch.zeros_like(x) if baseline is None else baseline
    total = torch.zeros_like(x)
    for a in torch.linspace(0, 1, steps):
        xi = (baseline + a * (x - baseline)).requires_grad_(True)
        out = model(xi)[:, target].sum()
        g, = torch.autograd.grad(out, xi)
        total += g
    return (x - baseline) * total / steps


torch.manual_seed(0)
brain = Brain()
brain.eval()
obs = torch.randn(2, 7, 5)
attr = integrated_gradients(brain, obs, target=1)
print(attr.abs().sum(-1))
print("done")
