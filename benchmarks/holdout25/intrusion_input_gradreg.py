# expect: crash
"""Network intrusion detection: input-gradient norm regularisation (double backward) on flow sequences."""
import torch
import torch.nn as nn

torch.manual_seed(9)


class FlowClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(6, 8, batch_first=True, nonlinearity="relu")
        self.cls = nn.Linear(8, 2)

    def forward(self, flows):
        o, _ = self.rnn(flows)
        return self.cls(o.mean(1))


def regularised_loss(model, flows, labels, lam=0.1):
    flows = flows.clone().requires_grad_(True)
    ce = nn.functional.cross_entropy(model(flows), labels)
    (g,) = torch.autograd.grad(ce, flows, create_graph=True)
    return ce + lam * g.pow(2).sum(dim=(1, 2)).mean()


model = FlowClassifier().train()
opt = torch.optim.Adam(model.parameters(), 1e-2)
flows, labels = torch.randn(6, 7, 6), torch.randint(0, 2, (6,))
for ep in range(2):
    loss = regularised_loss(model, flows, labels)
    opt.zero_grad()
    loss.backward()  # TM003-here
    opt.step()
    print(ep, loss.item())
