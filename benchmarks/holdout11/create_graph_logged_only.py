# expect: clean
# Input-gradient norm monitoring: the gradient is taken with create_graph=True (copied from a gradient-penalty
# snippet) but only logged, never backpropagated, so there is no double backward; the model trains in train mode.
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.LSTM(6, 12, batch_first=True, num_layers=2)
        self.fc = nn.Linear(12, 4)

    def forward(self, x):
        return self.fc(self.encoder(x)[0][:, -1])


torch.manual_seed(5)
clf = Classifier()
opt = torch.optim.Adam(clf.parameters())
history = []
for step in range(3):
    x = torch.randn(5, 7, 6, requires_grad=True)
    y = torch.randint(0, 4, (5,))
    loss = nn.functional.cross_entropy(clf(x), y)
    gx, = torch.autograd.grad(loss, x, create_graph=True, retain_graph=True)
    history.append(gx.norm().item())
    opt.zero_grad()
    loss.backward()
    opt.step()
print(history)
print("done")
