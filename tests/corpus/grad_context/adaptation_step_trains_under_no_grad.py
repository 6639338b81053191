# expect: clean
"""Test-time adaptation: the evaluation loop runs under @torch.no_grad() with the model in eval mode, and
for each batch calls a helper that turns autograd back on (torch.enable_grad) to take one entropy-
minimisation step; the helper puts the model in train mode for that step and back in eval after it."""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


def entropy_step(model, opt, x):
    with torch.enable_grad():
        model.train()
        probs = model(x).softmax(-1)
        entropy = -(probs * probs.clamp_min(1e-8).log()).sum(-1).mean()
        opt.zero_grad()
        entropy.backward()
        opt.step()
        model.eval()


@torch.no_grad()
def adapt_and_predict(model, batches):
    model.eval()
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    predictions = []
    for x in batches:
        entropy_step(model, opt, x)
        predictions.append(model(x).argmax(-1))
    return predictions


torch.manual_seed(0)
model = Classifier()
print(adapt_and_predict(model, [torch.randn(2, 6, 3), torch.randn(2, 6, 3)]))
