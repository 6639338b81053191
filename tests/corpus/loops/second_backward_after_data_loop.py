# expect: crash
"""An explainer is built before training with a classmethod, `Explainer.from_model(model)`, which returns
`cls(model.eval())`: the shared model is in eval from then on. The training loop below never calls train(), so
its first backward goes through the eval-mode LSTM and the program dies there; the saliency map after the loop
(another backward through the same model) is never reached."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


class Explainer:
    def __init__(self, model):
        self.model = model

    @classmethod
    def from_model(cls, model):
        return cls(model.eval())

    def saliency(self, x):
        x = x.clone().requires_grad_(True)
        score = self.model(x).max(-1).values.sum()
        (grad,) = torch.autograd.grad(score, x)
        return grad.abs()


def batches(n):
    for _ in range(n):
        yield torch.randn(4, 6, 5), torch.randint(0, 3, (4,))


torch.manual_seed(0)
model = Tagger()
explainer = Explainer.from_model(model)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(2):
    for x, y in batches(3):
        loss = F.cross_entropy(model(x), y)
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()

saliency = explainer.saliency(torch.randn(1, 6, 5))
print(saliency.shape)
