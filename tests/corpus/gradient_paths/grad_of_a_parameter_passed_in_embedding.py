# expect: crash
"""Bell-ringing tempo model: after training, a report of gradient norms per layer on the evaluated model. The
helper differentiates only for the parameter its caller passes (`torch.autograd.grad(loss, [param])`), here the
embedding's weight, before the LSTM: that gradient runs the LSTM's backward in eval mode."""
import torch
import torch.nn as nn


class Tempo(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(16, 6)
        self.lstm = nn.LSTM(6, 10, batch_first=True)
        self.head = nn.Linear(10, 3)

    def forward(self, tokens):
        h, _ = self.lstm(self.embed(tokens))
        return self.head(h[:, -1])


def grad_norm(model, tokens, labels, param):
    loss = nn.functional.cross_entropy(model(tokens), labels)
    (grad,) = torch.autograd.grad(loss, [param])  # TM001-here
    return float(grad.norm())


torch.manual_seed(5)
model = Tempo()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
tokens, labels = torch.randint(0, 16, (4, 7)), torch.randint(0, 3, (4,))
loss = nn.functional.cross_entropy(model(tokens), labels)
opt.zero_grad()
loss.backward()
opt.step()
model.eval()
print("embedding", grad_norm(model, tokens, labels, model.embed.weight))
