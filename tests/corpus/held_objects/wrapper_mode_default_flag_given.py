# expect: clean
"""An ART-style Classifier wrapper keeps the model and puts it in train(mode=training_mode) inside
loss_gradient(), with training_mode=False by default; FGSM passes training_mode=True, so the input gradient
runs backward through the trained LSTM classifier in train mode."""
import torch
import torch.nn as nn


class SeqClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


class Classifier:
    def __init__(self, model, loss):
        self._model = model
        self._loss = loss

    def loss_gradient(self, x, y, training_mode=False):
        self._model.train(mode=training_mode)
        x = x.clone().detach().requires_grad_(True)
        loss = self._loss(self._model(x), y)
        loss.backward()
        return x.grad


class FGSM:
    def __init__(self, estimator, eps=0.1):
        self.estimator = estimator
        self.eps = eps

    def generate(self, x, y):
        grad = self.estimator.loss_gradient(x, y, training_mode=True)
        return (x + self.eps * grad.sign()).detach()


torch.manual_seed(0)
model = SeqClassifier()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(4, 6, 3), torch.randint(0, 2, (4,))
model.train()
for _ in range(3):
    loss = nn.functional.cross_entropy(model(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

classifier = Classifier(model, nn.CrossEntropyLoss())
adv = FGSM(classifier).generate(x, y)
print((adv - x).abs().max().item())
