# expect: clean
"""Network intrusion detection: logs the input-gradient norm with create_graph=True but never differentiates it."""
import torch
import torch.nn as nn

torch.manual_seed(11)


class FlowClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(6, 8, batch_first=True)
        self.cls = nn.Linear(8, 2)

    def forward(self, flows):
        o, _ = self.rnn(flows)
        return self.cls(o.mean(1))


def input_grad_norm(model, flows, labels):
    flows = flows.clone().requires_grad_(True)
    ce = nn.functional.cross_entropy(model(flows), labels)
    (g,) = torch.autograd.grad(ce, flows, create_graph=True)
    return g.norm().item()


model = FlowClassifier().train()
opt = torch.optim.Adam(model.parameters(), 1e-2)
flows, labels = torch.randn(6, 7, 6), torch.randint(0, 2, (6,))
for ep in range(2):
    loss = nn.functional.cross_entropy(model(flows), labels)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(ep, loss.item(), "grad-norm", input_grad_norm(model, flows, labels))
